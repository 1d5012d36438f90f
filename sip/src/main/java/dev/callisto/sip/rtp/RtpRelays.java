package dev.callisto.sip.rtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * All phone calls' relays on one selector thread: at 50 packets a second each way a call costs
 * the thread a few microseconds per packet, so one thread carries hundreds of calls without a
 * thread per call.
 */
public final class RtpRelays implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RtpRelays.class.getName());

    private final Selector selector;
    private static final long TICK_NANOS = 20_000_000;

    private final Queue<RtpRelay> joining = new ConcurrentLinkedQueue<>();
    private final List<RtpRelay> relays = new ArrayList<>(); // the loop thread's own
    private final Thread loop;
    private volatile boolean open = true;

    public RtpRelays(ThreadFactory threads) throws IOException {
        this.selector = Selector.open();
        this.loop = threads.newThread(this::run);
        loop.setName("callisto-rtp");
        loop.start();
    }

    /**
     * A relay for a new call: the carrier side bound on {@code carrierHost}, the media side on
     * {@code mediaHost}, both on ports the system chooses.
     */
    public RtpRelay open(InetAddress carrierHost, InetAddress mediaHost, int eventPayloadType, IntConsumer keys)
            throws IOException {
        DatagramChannel carrier = bind(carrierHost);
        DatagramChannel media = bind(mediaHost);
        RtpRelay relay = new RtpRelay(carrier, media, eventPayloadType, keys);
        joining.add(relay);
        selector.wakeup();
        return relay;
    }

    private static DatagramChannel bind(InetAddress host) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.configureBlocking(false);
        channel.bind(new InetSocketAddress(host, 0));
        return channel;
    }

    private void run() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(2048);
        long nextTick = System.nanoTime();
        while (open) {
            try {
                // Woken every few milliseconds only while a prompt plays, to keep its 20 ms pace.
                selector.select(relays.stream().anyMatch(RtpRelay::isPlaying) ? 4 : 1000);
                for (RtpRelay r; (r = joining.poll()) != null; ) {
                    register(r);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    pass(key, buffer);
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - nextTick >= 0) {
                    nextTick = Math.max(nextTick + TICK_NANOS, now - TICK_NANOS);
                    relays.removeIf(RtpRelay::isClosed);
                    for (RtpRelay r : relays) {
                        r.tick();
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "RTP relay loop: " + e, e);
            }
        }
    }

    private void register(RtpRelay r) {
        relays.add(r);
        try {
            r.carrierSide.register(selector, SelectionKey.OP_READ, r);
            r.mediaSide.register(selector, SelectionKey.OP_READ, r);
        } catch (ClosedChannelException e) {
            LOG.fine("relay closed before it started");
        }
    }

    private static void pass(SelectionKey key, ByteBuffer buffer) {
        if (!key.isValid()) {
            return;
        }
        RtpRelay relay = (RtpRelay) key.attachment();
        DatagramChannel channel = (DatagramChannel) key.channel();
        try {
            for (SocketAddress source; (source = receive(channel, buffer)) != null; ) {
                if (channel == relay.carrierSide) {
                    relay.fromCarrier(buffer, source);
                } else {
                    relay.fromMedia(buffer);
                }
            }
        } catch (ClosedChannelException e) {
            key.cancel();
        } catch (IOException e) {
            LOG.fine(() -> "RTP datagram lost: " + e);
        }
    }

    private static SocketAddress receive(DatagramChannel channel, ByteBuffer buffer) throws IOException {
        buffer.clear();
        SocketAddress source = channel.receive(buffer);
        buffer.flip();
        return source;
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        try {
            loop.join(2000);
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

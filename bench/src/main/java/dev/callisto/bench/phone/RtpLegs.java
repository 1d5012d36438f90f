package dev.callisto.bench.phone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audio of every benchmark call leg, as phones send it: 20 ms of G.711 A-law (a tone, so the
 * mix has something to mix) every 20 ms to where the edge's SDP said, and what comes back counted,
 * all on one thread.
 */
final class RtpLegs implements AutoCloseable {

    /** One leg's socket, where it sends, and the packets it got back. */
    static final class Leg {
        final DatagramChannel channel;
        volatile InetSocketAddress remote;
        final AtomicLong received = new AtomicLong();
        private short sequence;
        private int timestamp;

        Leg(DatagramChannel channel) {
            this.channel = channel;
        }

        InetSocketAddress local() throws IOException {
            return (InetSocketAddress) channel.getLocalAddress();
        }
    }

    private static final byte[] TONE = new byte[160];

    static {
        for (int i = 0; i < TONE.length; i++) {
            // 400 Hz at a moderate level, A-law encoded by the sign/segment shortcut of G.711
            TONE[i] = (byte) ((Math.sin(2 * Math.PI * 400 * i / 8000.0) >= 0 ? 0xA0 : 0x20) ^ 0x55);
        }
    }

    private final Set<Leg> legs = ConcurrentHashMap.newKeySet();
    private final Thread clock = new Thread(this::run, "rtp-legs");
    private volatile boolean open = true;

    RtpLegs() {
        clock.setDaemon(true);
        clock.start();
    }

    Leg open() throws IOException {
        DatagramChannel channel = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        channel.configureBlocking(false);
        Leg leg = new Leg(channel);
        legs.add(leg);
        return leg;
    }

    void close(Leg leg) {
        legs.remove(leg);
        try {
            leg.channel.close();
        } catch (IOException e) {
            // closing a loopback socket: nothing to do
        }
    }

    private void run() {
        ByteBuffer out = ByteBuffer.allocate(172);
        ByteBuffer in = ByteBuffer.allocate(2048);
        long next = System.nanoTime();
        while (open) {
            next += 20_000_000;
            for (Leg leg : legs) {
                try {
                    for (in.clear(); leg.channel.receive(in) != null; in.clear()) {
                        leg.received.incrementAndGet();
                    }
                    InetSocketAddress to = leg.remote;
                    if (to != null) {
                        out.clear();
                        out.put((byte) 0x80).put((byte) 8).putShort(leg.sequence++);
                        out.putInt(leg.timestamp)
                                .putInt(leg.hashCode())
                                .put(TONE)
                                .flip();
                        leg.timestamp += 160;
                        leg.channel.send(out, to);
                    }
                } catch (IOException e) {
                    // a leg closed under the clock: it is gone from the set next round
                }
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        open = false;
        legs.forEach(this::close);
    }
}

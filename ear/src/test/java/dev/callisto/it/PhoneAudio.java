package dev.callisto.it;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The carrier's side of a phone call's audio, as a test plays it: G.711 A-law RTP from one UDP
 * port (the port the carrier's SDP offered), a 440 Hz tone 50 times a second, RFC 4733 events
 * for keys, and what comes back: packets counted, loud ones (RMS over 300 of 32,768) counted,
 * so a test can tell music and a voice from silence.
 */
final class PhoneAudio implements AutoCloseable {

    private static final int PCMA = 8;
    private static final int EVENTS = 101;

    private final DatagramSocket socket;
    private final CountDownLatch heard = new CountDownLatch(1);
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong loud = new AtomicLong();
    private final Thread listener;
    private final Thread speaker;
    private volatile SocketAddress relay;
    private volatile boolean open = true;
    private volatile boolean silent;
    private int sequence;
    private long timestamp;

    PhoneAudio(String host, int port) throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(host, port));
        listener = new Thread(this::listen, "phone-audio-in");
        speaker = new Thread(this::speak, "phone-audio-out");
        listener.start();
        speaker.start();
    }

    /** Starts sending to where the SIP edge's answer said (the relay); until then nothing is sent. */
    void sendTo(InetSocketAddress edge) {
        relay = edge;
    }

    /** Waits for the first packet from Callisto. */
    boolean awaitAudio(Duration timeout) throws InterruptedException {
        return heard.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    long received() {
        return received.get();
    }

    long loud() {
        return loud.get();
    }

    /** Presses a key: three start packets and three end packets of one event, as phones send them. */
    synchronized void press(char key) throws IOException, InterruptedException {
        int event = "0123456789*#".indexOf(key);
        silent = true;
        long start = timestamp;
        for (int i = 0; i < 6; i++) {
            ByteBuffer p = header(EVENTS, i == 0, start, 4);
            p.put((byte) event).put((byte) (i >= 3 ? 0x8A : 0x0A)).putShort((short) (160 * (i + 1)));
            send(p);
            Thread.sleep(20);
        }
        timestamp += 160 * 6;
        silent = false;
    }

    private void listen() {
        byte[] buffer = new byte[2048];
        while (open) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                return;
            }
            if (packet.getLength() <= 12 || (buffer[1] & 0x7F) != PCMA) {
                continue;
            }
            relay = packet.getSocketAddress();
            received.incrementAndGet();
            heard.countDown();
            double sum = 0;
            int samples = packet.getLength() - 12;
            for (int i = 12; i < packet.getLength(); i++) {
                double s = alawToLinear(buffer[i]);
                sum += s * s;
            }
            if (Math.sqrt(sum / samples) > 300) {
                loud.incrementAndGet();
            }
        }
    }

    private void speak() {
        double phase = 0;
        while (open) {
            try {
                Thread.sleep(20);
                synchronized (this) {
                    if (relay == null || silent) {
                        continue;
                    }
                    ByteBuffer p = header(PCMA, false, timestamp, 160);
                    for (int i = 0; i < 160; i++) {
                        p.put(linearToAlaw((int) (8000 * Math.sin(phase))));
                        phase += 2 * Math.PI * 440 / 8000;
                    }
                    timestamp += 160;
                    send(p);
                }
            } catch (InterruptedException | IOException e) {
                return;
            }
        }
    }

    private ByteBuffer header(int payloadType, boolean marker, long ts, int payload) {
        ByteBuffer p = ByteBuffer.allocate(12 + payload);
        p.put((byte) 0x80).put((byte) (payloadType | (marker ? 0x80 : 0)));
        p.putShort((short) sequence++).putInt((int) ts).putInt(0x5EED);
        return p;
    }

    private void send(ByteBuffer p) throws IOException {
        SocketAddress to = relay;
        if (to != null) {
            socket.send(new DatagramPacket(p.array(), p.position(), to));
        }
    }

    /** ITU-T G.711 A-law, encode. */
    static byte linearToAlaw(int pcm) {
        int sign = pcm >= 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs(pcm), 32635);
        int exponent = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (magnitude >> (exponent == 0 ? 4 : exponent + 3)) & 0x0F;
        return (byte) ((sign | (exponent << 4) | mantissa) ^ 0x55);
    }

    /** ITU-T G.711 A-law, decode. */
    static int alawToLinear(byte alaw) {
        int a = (alaw ^ 0x55) & 0xFF;
        int exponent = (a & 0x70) >> 4;
        int mantissa = a & 0x0F;
        int magnitude = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (a & 0x80) != 0 ? magnitude : -magnitude;
    }

    @Override
    public void close() {
        open = false;
        socket.close();
        speaker.interrupt();
    }
}

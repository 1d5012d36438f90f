package dev.callisto.sip.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.function.IntConsumer;

/**
 * One phone call's audio between the carrier and the call's room on the media server: two UDP
 * sockets, one facing each side, packets passed through as they come. The carrier's address is
 * the one its SDP gave until its first packet arrives, then where its packets come from
 * (symmetric RTP: a carrier behind NAT is reached where it really is). The caller's keys
 * (telephone-events) go to {@code keys} and not to the media server, which would play them as
 * noise. Before a phone is in a room (a mobile agent asked for the accept key) the edge plays
 * it a {@link Prompt} itself.
 */
public final class RtpRelay implements AutoCloseable {

    final DatagramChannel carrierSide;
    final DatagramChannel mediaSide;
    private final KeyDetector detector;
    private final IntConsumer keys;
    private volatile SocketAddress carrier;
    private volatile SocketAddress media;
    private volatile Prompt prompt;
    private final ByteBuffer promptPacket = ByteBuffer.allocate(12 + Prompt.FRAME);
    private final int ssrc = (int) System.nanoTime();
    private short sequence;
    private int timestamp;

    RtpRelay(DatagramChannel carrierSide, DatagramChannel mediaSide, int eventPayloadType, IntConsumer keys) {
        this.carrierSide = carrierSide;
        this.mediaSide = mediaSide;
        this.detector = new KeyDetector(eventPayloadType);
        this.keys = keys;
    }

    /** Where the carrier sends the caller's audio (the address in the SDP answer). */
    public InetSocketAddress carrierAddress() throws IOException {
        return (InetSocketAddress) carrierSide.getLocalAddress();
    }

    /** Where the media server sends the room's mix for the caller. */
    public InetSocketAddress mediaAddress() throws IOException {
        return (InetSocketAddress) mediaSide.getLocalAddress();
    }

    /** Both far ends: the carrier's media address from its SDP, the media server's from its join. */
    public void connect(InetSocketAddress carrier, InetSocketAddress media) {
        this.carrier = carrier;
        this.media = media;
    }

    /** The media server's side only, once a phone already talking to the edge joins the call's room. */
    public void joinRoom(InetSocketAddress media) {
        this.media = media;
    }

    /**
     * Plays {@code prompt} to the phone in a loop, in place of the room's audio, until
     * {@link #stopPrompt}: what the edge says to a phone that is not in a call's room yet.
     */
    public void play(Prompt prompt) {
        this.prompt = prompt;
    }

    public void stopPrompt() {
        prompt = null;
    }

    boolean isPlaying() {
        return prompt != null;
    }

    /** A key pressed on the phone that came as SIP INFO rather than in the stream. */
    public void press(int key) {
        keys.accept(key);
    }

    /** Sends the prompt's next 20 ms (called every 20 ms while it plays). */
    void tick() throws IOException {
        Prompt p = prompt;
        SocketAddress to = carrier;
        if (p == null || to == null) {
            return;
        }
        promptPacket.clear();
        promptPacket.put((byte) 0x80).put((byte) p.payloadType()).putShort(sequence++);
        promptPacket.putInt(timestamp).putInt(ssrc);
        timestamp += Prompt.FRAME;
        p.nextFrame(promptPacket);
        promptPacket.flip();
        carrierSide.send(promptPacket, to);
    }

    void fromCarrier(ByteBuffer packet, SocketAddress source) throws IOException {
        if (!RtpPacket.isRtp(packet)) {
            return; // RTCP and stray datagrams are not forwarded
        }
        carrier = source;
        if (detector.isEvent(packet)) {
            detector.pressed(packet).ifPresent(keys);
            return;
        }
        SocketAddress to = media;
        if (to != null) {
            mediaSide.send(packet, to);
        }
    }

    void fromMedia(ByteBuffer packet) throws IOException {
        SocketAddress to = carrier;
        if (to != null && prompt == null && RtpPacket.isRtp(packet)) {
            carrierSide.send(packet, to);
        }
    }

    boolean isClosed() {
        return !carrierSide.isOpen();
    }

    @Override
    public void close() throws IOException {
        carrierSide.close();
        mediaSide.close();
    }
}

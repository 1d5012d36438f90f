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
 * noise.
 */
public final class RtpRelay implements AutoCloseable {

    final DatagramChannel carrierSide;
    final DatagramChannel mediaSide;
    private final KeyDetector detector;
    private final IntConsumer keys;
    private volatile SocketAddress carrier;
    private volatile SocketAddress media;
    private volatile long packetsIn;
    private volatile long packetsOut;

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

    /** Packets from the carrier so far, and packets sent to it. */
    public long packetsIn() {
        return packetsIn;
    }

    public long packetsOut() {
        return packetsOut;
    }

    void fromCarrier(ByteBuffer packet, SocketAddress source) throws IOException {
        if (!RtpPacket.isRtp(packet)) {
            return; // RTCP and stray datagrams are not forwarded
        }
        carrier = source;
        packetsIn++;
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
        if (to != null && RtpPacket.isRtp(packet)) {
            carrierSide.send(packet, to);
            packetsOut++;
        }
    }

    @Override
    public void close() throws IOException {
        carrierSide.close();
        mediaSide.close();
    }
}

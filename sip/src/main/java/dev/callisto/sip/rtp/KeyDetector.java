package dev.callisto.sip.rtp;

import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * Finds the keys a caller presses in their RTP stream: RFC 4733 telephone-events of the payload
 * type the call negotiated. A key is sent as several packets (start, updates, three ends), all
 * with the timestamp of its start; it counts once, at its first packet.
 */
final class KeyDetector {

    private final int payloadType;
    private long lastTimestamp = -1;

    KeyDetector(int payloadType) {
        this.payloadType = payloadType;
    }

    boolean isEvent(ByteBuffer packet) {
        return payloadType >= 0 && RtpPacket.payloadType(packet) == payloadType;
    }

    /** The key this event packet starts, if it is a new one. */
    OptionalInt pressed(ByteBuffer packet) {
        long timestamp = RtpPacket.timestamp(packet);
        if (timestamp == lastTimestamp) {
            return OptionalInt.empty();
        }
        OptionalInt key = RtpPacket.key(packet);
        if (key.isPresent()) {
            lastTimestamp = timestamp;
        }
        return key;
    }
}

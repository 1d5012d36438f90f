package dev.callisto.sip.rtp;

import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * The few things the relay reads of an RTP packet (RFC 3550): its payload type and timestamp,
 * and for a telephone-event (RFC 4733) the key it carries. Nothing else is parsed: the relay
 * passes audio through untouched.
 */
final class RtpPacket {

    private static final String KEYS = "0123456789*#ABCD";

    private RtpPacket() {}

    /** Whether the datagram looks like RTP version 2 with a full fixed header. */
    static boolean isRtp(ByteBuffer p) {
        return p.remaining() >= 12 && (p.get(p.position()) & 0xC0) == 0x80;
    }

    static int payloadType(ByteBuffer p) {
        return p.get(p.position() + 1) & 0x7F;
    }

    static long timestamp(ByteBuffer p) {
        return p.getInt(p.position() + 4) & 0xFFFFFFFFL;
    }

    /** The key of a telephone-event payload (after the CSRCs and any header extension). */
    static OptionalInt key(ByteBuffer p) {
        int start = p.position();
        int first = p.get(start) & 0xFF;
        int offset = 12 + 4 * (first & 0x0F);
        if ((first & 0x10) != 0) { // header extension: 4 bytes, then its length in words
            if (p.remaining() < offset + 4) {
                return OptionalInt.empty();
            }
            offset += 4 + 4 * (p.getShort(start + offset + 2) & 0xFFFF);
        }
        if (p.remaining() < offset + 4) {
            return OptionalInt.empty();
        }
        int event = p.get(start + offset) & 0xFF;
        return event < KEYS.length() ? OptionalInt.of(KEYS.charAt(event)) : OptionalInt.empty();
    }
}

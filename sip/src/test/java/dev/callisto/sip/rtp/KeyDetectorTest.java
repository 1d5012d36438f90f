package dev.callisto.sip.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KeyDetectorTest {

    /** An RFC 4733 packet: payload type 101, the given timestamp, event, end bit. */
    private static ByteBuffer event(long timestamp, int event, boolean end) {
        ByteBuffer p = ByteBuffer.allocate(16);
        p.put((byte) 0x80)
                .put((byte) 101)
                .putShort((short) 7)
                .putInt((int) timestamp)
                .putInt(0x1234);
        p.put((byte) event).put((byte) (end ? 0x8A : 0x0A)).putShort((short) 800);
        return p.flip();
    }

    @Test
    void eachKeyCountsOnceHoweverManyPacketsCarryIt() {
        KeyDetector keys = new KeyDetector(101);
        assertEquals(OptionalInt.of('2'), keys.pressed(event(8000, 2, false)));
        assertTrue(keys.pressed(event(8000, 2, false)).isEmpty());
        assertTrue(keys.pressed(event(8000, 2, true)).isEmpty());
        assertTrue(keys.pressed(event(8000, 2, true)).isEmpty());
        assertEquals(OptionalInt.of('#'), keys.pressed(event(16000, 11, false)));
        assertEquals(OptionalInt.of('2'), keys.pressed(event(24000, 2, true)), "the same key again is a new press");
    }

    @Test
    void onlyTheNegotiatedPayloadTypeIsAnEvent() {
        ByteBuffer audio =
                ByteBuffer.allocate(172).put((byte) 0x80).put((byte) 0).flip();
        audio.limit(172);
        assertFalse(new KeyDetector(101).isEvent(audio));
        assertTrue(new KeyDetector(101).isEvent(event(1, 5, false)));
        assertFalse(new KeyDetector(-1).isEvent(event(1, 5, false)), "no telephone-event negotiated");
    }

    @Test
    void starAndTheLettersAreKeysAndOtherEventsAreNot() {
        assertEquals(OptionalInt.of('*'), new KeyDetector(101).pressed(event(1, 10, false)));
        assertEquals(OptionalInt.of('D'), new KeyDetector(101).pressed(event(1, 15, false)));
        assertTrue(new KeyDetector(101).pressed(event(1, 16, false)).isEmpty(), "flash is no key");
    }
}

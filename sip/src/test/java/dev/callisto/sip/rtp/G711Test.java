package dev.callisto.sip.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class G711Test {

    @Test
    void silenceAndFullScaleHaveTheirStandardCodes() {
        assertEquals((byte) 0xFF, G711.ulaw(0));
        assertEquals((byte) 0x80, G711.ulaw(32_767));
        assertEquals((byte) 0x00, G711.ulaw(-32_768));
        assertEquals((byte) 0xD5, G711.alaw(0));
        assertEquals((byte) 0xAA, G711.alaw(32_767));
        assertEquals((byte) 0x2A, G711.alaw(-32_768));
    }

    @Test
    void louderSamplesGetLargerCodes() {
        int last = -1;
        for (int pcm = 0; pcm < 32_000; pcm += 500) {
            int code = ~G711.ulaw(pcm) & 0x7F; // µ-law inverts the bits
            assertTrue(code >= last, "µ-law is monotonic at " + pcm);
            last = code;
        }
    }
}

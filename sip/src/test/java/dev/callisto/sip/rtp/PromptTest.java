package dev.callisto.sip.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class PromptTest {

    /** A 16 kHz mono WAV of {@code millis} of a loud square wave. */
    private static byte[] wav(int millis) {
        int samples = 16 * millis;
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVEfmt ".getBytes());
        b.putInt(16).putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000);
        b.putShort((short) 2).putShort((short) 16).put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) ((i / 8) % 2 == 0 ? 10_000 : -10_000));
        }
        return b.array();
    }

    @Test
    void aPromptIsCutInto20MillisecondFramesAndLoops() {
        Prompt prompt = Prompt.of(wav(50), "pcma"); // 2.5 frames: padded with silence to 3
        assertEquals(8, prompt.payloadType());
        ByteBuffer frame = ByteBuffer.allocate(Prompt.FRAME);
        prompt.nextFrame(frame);
        byte first = frame.get(0);
        assertNotEquals(G711.alaw(0), first, "the sound is there");
        for (int i = 0; i < 2; i++) {
            frame.clear();
            prompt.nextFrame(frame);
        }
        assertEquals(G711.alaw(0), frame.get(Prompt.FRAME - 1), "the last frame ends in the padding");
        frame.clear();
        prompt.nextFrame(frame);
        assertEquals(first, frame.get(0), "then it starts again");
        assertEquals(0, Prompt.of(wav(20), "pcmu").payloadType());
    }
}

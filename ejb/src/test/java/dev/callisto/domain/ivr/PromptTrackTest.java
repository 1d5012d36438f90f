package dev.callisto.domain.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptTrackTest {

    /** A WAV of {@code seconds} of a 400 Hz tone. */
    private static byte[] tone(int rate, int channels, int bits, double seconds) {
        int frames = (int) (rate * seconds);
        int bytes = frames * channels * bits / 8;
        ByteBuffer b = ByteBuffer.allocate(44 + bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + bytes);
        b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) channels);
        b.putInt(rate)
                .putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8))
                .putShort((short) bits);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(bytes);
        for (int i = 0; i < frames; i++) {
            double v = Math.sin(2 * Math.PI * 400 * i / rate);
            for (int c = 0; c < channels; c++) {
                if (bits == 16) {
                    b.putShort((short) (v * 10_000));
                } else {
                    b.put((byte) (128 + v * 100));
                }
            }
        }
        return b.array();
    }

    @Test
    void promptsOfAnyAcceptedFormatPlayOneAfterTheOtherAt16kHzMono() {
        byte[] joined =
                PromptTrack.join(List.of(tone(8000, 1, 16, 1.0), tone(22050, 2, 16, 0.5), tone(48000, 1, 8, 0.25)));
        WavFile f = WavFile.check(joined);
        assertEquals(16_000, f.sampleRate());
        assertEquals(1, f.channels());
        assertEquals(16, f.bitsPerSample());
        assertEquals(1750, f.durationMillis(), 2);
    }

    @Test
    void theToneKeepsItsLoudnessThroughTheResampling() {
        byte[] joined = PromptTrack.join(List.of(tone(8000, 1, 16, 1.0)));
        ByteBuffer b = ByteBuffer.wrap(joined).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int n = (joined.length - 44) / 2;
        for (int i = 0; i < n; i++) {
            double s = b.getShort(44 + 2 * i);
            sum += s * s;
        }
        assertEquals(10_000 / Math.sqrt(2), Math.sqrt(sum / n), 300); // a sine's RMS
    }
}

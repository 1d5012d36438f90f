package dev.callisto.domain.ivr;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The prompts an IVR step plays, one after the other, as one 16 kHz mono WAV: what a phone caller
 * hears in the call's room (the browser's visual IVR plays the files itself). Prompts come in the
 * formats {@link WavFile} accepts (8 or 16 bit, mono or stereo, 8 to 48 kHz); each is mixed down
 * to mono and resampled linearly, which is plenty for speech on a phone line.
 */
public final class PromptTrack {

    public static final int RATE = 16_000;

    private PromptTrack() {}

    public static byte[] join(List<byte[]> wavs) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (byte[] wav : wavs) {
            WavFile format = WavFile.check(wav);
            short[] mono = mono(wav, format);
            resample(mono, format.sampleRate(), pcm);
        }
        return wav(pcm.toByteArray());
    }

    private static short[] mono(byte[] wav, WavFile f) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int data = dataStart(wav, b);
        int length = Math.min(b.getInt(data - 4), wav.length - data);
        int bytesPerSample = f.bitsPerSample() / 8;
        int frames = length / (bytesPerSample * f.channels());
        short[] out = new short[frames];
        for (int i = 0; i < frames; i++) {
            int sum = 0;
            for (int c = 0; c < f.channels(); c++) {
                int at = data + (i * f.channels() + c) * bytesPerSample;
                sum += bytesPerSample == 2 ? b.getShort(at) : ((wav[at] & 0xFF) - 128) << 8;
            }
            out[i] = (short) (sum / f.channels());
        }
        return out;
    }

    /** Where the data chunk's samples start (WavFile has checked the chunks are there). */
    private static int dataStart(byte[] wav, ByteBuffer b) {
        int pos = 12;
        while (!new String(wav, pos, 4, StandardCharsets.US_ASCII).equals("data")) {
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            pos += 8 + (int) (size + (size & 1));
        }
        return pos + 8;
    }

    private static void resample(short[] in, int rate, ByteArrayOutputStream out) {
        long frames = (long) in.length * RATE / rate;
        for (long i = 0; i < frames; i++) {
            double at = (double) i * rate / RATE;
            int j = (int) at;
            double frac = at - j;
            int a = in[Math.min(j, in.length - 1)];
            int z = in[Math.min(j + 1, in.length - 1)];
            int s = (int) Math.round(a + (z - a) * frac);
            out.write(s & 0xFF);
            out.write((s >> 8) & 0xFF);
        }
    }

    /** A WAV of 16-bit little-endian mono samples at {@link #RATE}. */
    public static byte[] wav(byte[] pcm) {
        ByteBuffer h = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length);
        h.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1);
        h.putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        h.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length).put(pcm);
        return h.array();
    }
}

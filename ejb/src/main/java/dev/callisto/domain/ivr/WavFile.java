package dev.callisto.domain.ivr;

import dev.callisto.domain.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * What an uploaded prompt must be to play on every media server: a PCM WAV file, mono or stereo,
 * 8 or 16 bit, at a telephony or studio sample rate, 0.2 s to 5 minutes, at most 5 MB. Anything
 * else is refused with the reason.
 */
public record WavFile(int sampleRate, int channels, int bitsPerSample, long durationMillis) {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<Integer> RATES = Set.of(8000, 16000, 22050, 44100, 48000);

    public static WavFile check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw invalid("the file is larger than 5 MB");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 44 || !ascii(bytes, 0, "RIFF") || !ascii(bytes, 8, "WAVE")) {
            throw invalid("not a WAV file (RIFF/WAVE header missing)");
        }
        Integer rate = null;
        int channels = 0;
        int bits = 0;
        int pos = 12;
        while (pos + 8 <= bytes.length) {
            String id = new String(bytes, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            if (id.equals("fmt ")) {
                if (b.getShort(pos + 8) != 1) {
                    throw invalid("only uncompressed PCM WAV is accepted");
                }
                channels = b.getShort(pos + 10);
                rate = b.getInt(pos + 12);
                bits = b.getShort(pos + 22);
            } else if (id.equals("data")) {
                if (rate == null) {
                    throw invalid("the format chunk must come before the audio");
                }
                return checked(rate, channels, bits, Math.min(size, bytes.length - pos - 8L));
            }
            pos += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - pos);
        }
        throw invalid("the WAV file has no audio data");
    }

    private static WavFile checked(int rate, int channels, int bits, long dataBytes) {
        if (!RATES.contains(rate)) {
            throw invalid("sample rate " + rate + " Hz is not one of " + new java.util.TreeSet<>(RATES));
        }
        if (channels < 1 || channels > 2) {
            throw invalid("prompts are mono or stereo, not " + channels + " channels");
        }
        if (bits != 8 && bits != 16) {
            throw invalid("prompts are 8 or 16 bit, not " + bits);
        }
        long millis = dataBytes * 1000 / ((long) rate * channels * (bits / 8));
        if (millis < 200) {
            throw invalid("the prompt is shorter than 0.2 s");
        }
        if (millis > 300_000) {
            throw invalid("the prompt is longer than 5 minutes");
        }
        return new WavFile(rate, channels, bits, millis);
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        return new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(text);
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException("file", reason);
    }
}

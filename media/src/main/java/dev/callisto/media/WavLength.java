package dev.callisto.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How long a PCM WAV recording is, from its format header and its size on disk (a recorder that
 * was stopped abruptly may not have written the data length into the header).
 */
public final class WavLength {

    private static final int HEADER = 44;

    private WavLength() {}

    public static Duration of(Path file) {
        if (!Files.exists(file)) {
            return Duration.ZERO;
        }
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            if (channel.read(header, 0) < HEADER) {
                return Duration.ZERO;
            }
            return of(header, channel.size());
        } catch (IOException e) {
            return Duration.ZERO;
        }
    }

    static Duration of(ByteBuffer header, long size) {
        int channels = header.getShort(22);
        int rate = header.getInt(24);
        int bits = header.getShort(34);
        long bytesPerSecond = (long) rate * channels * bits / 8;
        if (bytesPerSecond <= 0 || size <= HEADER) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((size - HEADER) * 1000 / bytesPerSecond);
    }
}

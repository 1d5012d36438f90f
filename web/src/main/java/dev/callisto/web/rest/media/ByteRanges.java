package dev.callisto.web.rest.media;

import dev.callisto.domain.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves a file whole or the one byte range a player asks for ({@code Range: bytes=a-b}, RFC 9110). */
final class ByteRanges {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private ByteRanges() {}

    static Response.ResponseBuilder serve(Path file, String contentType, String range) {
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new NotFoundException("recording file", file.getFileName());
        }
        Matcher m = range == null ? null : SINGLE.matcher(range.strip());
        if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return Response.ok(stream(file, 0, length), contentType)
                    .header("Accept-Ranges", "bytes")
                    .header("Content-Length", length);
        }
        long start;
        long end;
        if (m.group(1).isEmpty()) { // the last N bytes
            start = Math.max(0, length - Long.parseLong(m.group(2)));
            end = length - 1;
        } else {
            start = Long.parseLong(m.group(1));
            end = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
        }
        if (start >= length || start > end) {
            return Response.status(416).header("Content-Range", "bytes */" + length);
        }
        return Response.status(206)
                .entity(stream(file, start, end - start + 1))
                .type(contentType)
                .header("Accept-Ranges", "bytes")
                .header("Content-Range", "bytes " + start + "-" + end + "/" + length)
                .header("Content-Length", end - start + 1);
    }

    private static StreamingOutput stream(Path file, long start, long count) {
        return out -> {
            try (FileChannel channel = FileChannel.open(file);
                    InputStream in = Channels.newInputStream(channel.position(start))) {
                byte[] buffer = new byte[64 * 1024];
                long left = count;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}

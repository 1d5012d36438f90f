package dev.callisto.application.ticket;

import dev.callisto.domain.ticket.TicketAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

/**
 * Keeps attachment bytes on disk under the server's data directory, one folder per tenant, by a
 * random name (never the uploader's). Uploads stop being read just past the size limit, so an
 * oversized upload costs at most that much disk before it is refused.
 */
@ApplicationScoped
public class AttachmentStore {

    /** A file read up to the limit: its first bytes (to tell its type), size and where it waits. */
    public record Upload(byte[] head, long size, Path file) {}

    private static final int HEAD = 16;

    public Upload receive(long tenantId, InputStream content) {
        try {
            Path dir = Files.createDirectories(root().resolve(String.valueOf(tenantId)));
            Path file = dir.resolve(UUID.randomUUID().toString());
            byte[] head = new byte[HEAD];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = content;
                    OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0 && size <= TicketAttachment.MAX_BYTES; size += n) {
                    int copy = Math.min(n, HEAD - headLength);
                    System.arraycopy(buffer, 0, head, headLength, Math.max(copy, 0));
                    headLength += Math.max(copy, 0);
                    out.write(buffer, 0, n);
                }
            }
            return new Upload(Arrays.copyOf(head, headLength), size, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the attachment", e);
        }
    }

    /** The stored name of an upload, relative to the store. */
    public String nameOf(Upload upload) {
        return root().relativize(upload.file()).toString();
    }

    public void discard(Upload upload) {
        try {
            Files.deleteIfExists(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path fileOf(TicketAttachment attachment) {
        return fileOf(attachment.storedAs());
    }

    /** A stored file by the name {@link #nameOf} gave it. */
    public Path fileOf(String storedAs) {
        return root().resolve(storedAs);
    }

    private static Path root() {
        return Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "callisto",
                "attachments");
    }
}

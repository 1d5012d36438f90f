package dev.callisto.domain.ticket;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/**
 * A file on a ticket (a photo of the broken part, a voicemail). Only kinds a browser can show
 * safely are accepted, recognised by their first bytes, not by the name or type the client gave.
 */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Content type by magic number. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/gif", new byte[] {'G', 'I', 'F', '8'},
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "audio/wav", new byte[] {'R', 'I', 'F', 'F'});

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long ticketId;

    @Column(nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 40)
    private String contentType;

    private long size;

    /** Where the bytes are, relative to the attachment store. */
    @Column(nullable = false, length = 200)
    private String storedAs;

    @Column(nullable = false, length = 80)
    private String uploadedBy;

    private boolean visibleToCustomer;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected TicketAttachment() {}

    public TicketAttachment(
            Ticket ticket,
            String fileName,
            byte[] head,
            long size,
            String storedAs,
            String uploadedBy,
            boolean visibleToCustomer,
            Instant now) {
        this.tenantId = ticket.tenantId();
        this.ticketId = ticket.id();
        this.fileName = safeName(fileName);
        this.contentType = contentTypeOf(head, size);
        this.size = size;
        this.storedAs = storedAs;
        this.uploadedBy = uploadedBy;
        this.visibleToCustomer = visibleToCustomer;
        this.uploadedAt = now;
    }

    /**
     * The type of a file from its first bytes.
     *
     * @throws InvalidInputException naming {@code file} when it is empty, too large or of a kind
     *     not accepted
     */
    public static String contentTypeOf(byte[] head, long size) {
        if (size == 0) {
            throw new InvalidInputException("file", "the file is empty");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInputException("file", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return SIGNATURES.entrySet().stream()
                .filter(e -> startsWith(head, e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInputException("file", "only PNG, JPEG, GIF, PDF and WAV files are accepted"));
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The name without any path, so a download can never name a file elsewhere. */
    private static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
        if (base.isBlank()) {
            throw new InvalidInputException("fileName", "the file needs a name");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long ticketId() {
        return ticketId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String storedAs() {
        return storedAs;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public boolean visibleToCustomer() {
        return visibleToCustomer;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}

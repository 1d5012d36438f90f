package dev.callisto.domain.media;

import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.ticket.TicketAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An image sent in a call's chat (a photo of the broken part). Only PNG, JPEG and GIF up to 5 MB,
 * recognised by their first bytes like ticket attachments, not by what the sender claims.
 */
@Entity
@Table(name = "chat_image")
public class ChatImage {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long callId;

    @Column(nullable = false, length = 40)
    private String contentType;

    private long size;

    /** Where the bytes are, relative to the attachment store. */
    @Column(nullable = false, length = 200)
    private String storedAs;

    @Column(nullable = false, length = 80)
    private String sentBy;

    @Column(nullable = false)
    private Instant sentAt;

    protected ChatImage() {}

    public ChatImage(long tenantId, long callId, byte[] head, long size, String storedAs, String sentBy, Instant now) {
        String type = TicketAttachment.contentTypeOf(head, size);
        if (!type.startsWith("image/")) {
            throw new InvalidInputException("file", "only PNG, JPEG and GIF images can be sent in a chat");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInputException("file", "an image in a chat is at most 5 MB");
        }
        this.tenantId = tenantId;
        this.callId = callId;
        this.contentType = type;
        this.size = size;
        this.storedAs = storedAs;
        this.sentBy = sentBy;
        this.sentAt = now;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long callId() {
        return callId;
    }

    public String contentType() {
        return contentType;
    }

    public String storedAs() {
        return storedAs;
    }
}

package dev.callisto.domain.media;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of the chat that goes with a call: text (emoji are text) or an image, before, during or after it. */
@Entity
@Table(name = "chat_message")
@NamedQuery(
        name = "ChatMessage.ofCall",
        query = "select m from ChatMessage m where m.tenantId = :tenant and m.callId = :call order by m.sentAt, m.id")
public class ChatMessage {

    public static final int MAX_TEXT = 2000;

    /** Who wrote it, as the other side sees it. */
    public enum From {
        CUSTOMER,
        AGENT,
        SUPERVISOR
    }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private From sender;

    @Column(nullable = false, length = 80)
    private String senderName;

    @Column(length = MAX_TEXT)
    private String text;

    /** A chat image by id, served from the call's chat. */
    private Long imageId;

    @Column(nullable = false)
    private Instant sentAt;

    protected ChatMessage() {}

    public ChatMessage(
            long tenantId, long callId, From sender, String senderName, String text, Long imageId, Instant now) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() && imageId == null) {
            throw new InvalidInputException("text", "a chat message has text or an image");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "a chat message has at most " + MAX_TEXT + " characters");
        }
        this.tenantId = tenantId;
        this.callId = callId;
        this.sender = sender;
        this.senderName = senderName;
        this.text = trimmed.isEmpty() ? null : trimmed;
        this.imageId = imageId;
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

    public From sender() {
        return sender;
    }

    public String senderName() {
        return senderName;
    }

    public String text() {
        return text;
    }

    public Long imageId() {
        return imageId;
    }

    public Instant sentAt() {
        return sentAt;
    }
}

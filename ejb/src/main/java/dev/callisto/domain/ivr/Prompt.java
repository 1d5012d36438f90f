package dev.callisto.domain.ivr;

import dev.callisto.domain.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Set;

/**
 * A tenant's own recorded prompt. Uploads wait for approval before a flow may play them, so a
 * wrong or offensive recording cannot go live by accident.
 */
@Entity
@Table(name = "ivr_prompt", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
public class Prompt {

    /** Shipped with Callisto, always usable; a tenant may not upload under these names. */
    public static final Set<String> STANDARD =
            Set.of("welcome", "off-hours", "hold-music", "queue-busy", "invalid-key", "survey");

    /** Flows use {@code tts:text} or {@code tts:zh:文本} for text-to-speech prompts. */
    public static final String TTS = "tts:";

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status = Status.PENDING;

    @Column(nullable = false, length = 200)
    private String storedAs;

    private int sampleRate;
    private long durationMillis;
    private long sizeBytes;

    @Column(nullable = false, length = 80)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    @Column(length = 80)
    private String reviewedBy;

    @Column(length = 200)
    private String reviewNote;

    protected Prompt() {}

    public Prompt(long tenantId, String name, WavFile wav, long sizeBytes, String storedAs, String by, Instant now) {
        if (STANDARD.contains(name) || name.startsWith(TTS)) {
            throw new ConflictException(name + " is a standard prompt name");
        }
        this.tenantId = tenantId;
        this.name = name;
        this.sampleRate = wav.sampleRate();
        this.durationMillis = wav.durationMillis();
        this.sizeBytes = sizeBytes;
        this.storedAs = storedAs;
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public void review(boolean approved, String by, String note) {
        if (status != Status.PENDING) {
            throw new ConflictException("prompt " + name + " was already " + status);
        }
        status = approved ? Status.APPROVED : Status.REJECTED;
        reviewedBy = by;
        reviewNote = note;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public String storedAs() {
        return storedAs;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public long durationMillis() {
        return durationMillis;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewNote() {
        return reviewNote;
    }
}

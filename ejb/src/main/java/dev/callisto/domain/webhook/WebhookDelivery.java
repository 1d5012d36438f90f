package dev.callisto.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Duration;
import java.time.Instant;

/**
 * One event on its way to one webhook: stored in the transaction that logs the event (so nothing
 * accepted is lost, and an event redelivered by the broker is not stored twice: one delivery per
 * webhook and event), then attempted until the receiver answers 2xx, with back-off from
 * {@code retryBase} doubling to an hour, for {@link #GIVE_UP_AFTER} at most.
 */
@Entity
@Table(
        name = "webhook_delivery",
        uniqueConstraints = @UniqueConstraint(columnNames = {"webhook_id", "event_id"}),
        indexes = @Index(columnList = "status, next_attempt_at"))
@NamedQuery(
        name = "WebhookDelivery.due",
        query = "select d from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
                + " order by d.nextAttemptAt")
@NamedQuery(
        name = "WebhookDelivery.ofWebhook",
        query = "select d from WebhookDelivery d where d.webhookId = :webhookId order by d.id desc")
public class WebhookDelivery {

    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "event_id", nullable = false, length = 80)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 80)
    private String eventType;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {}

    public WebhookDelivery(long webhookId, long tenantId, String eventId, String eventType, String body, Instant now) {
        this.webhookId = webhookId;
        this.tenantId = tenantId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void succeeded(int httpStatus, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /** A failed attempt ({@code httpStatus} null if there was no answer); the next waits longer. */
    public void failed(Integer httpStatus, String why, Duration retryBase, Instant now) {
        attempts++;
        lastStatus = httpStatus;
        lastError = why.length() > 300 ? why.substring(0, 300) : why;
        Duration wait = retryBase.multipliedBy(1L << Math.min(attempts - 1, 20));
        Instant next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        if (next.isAfter(createdAt.plus(GIVE_UP_AFTER))) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    /** The webhook was disabled: what is still pending for it stops. */
    public void abandon(String why) {
        if (status == Status.PENDING) {
            status = Status.FAILED;
            lastError = why;
            nextAttemptAt = null;
        }
    }

    public Long id() {
        return id;
    }

    public long webhookId() {
        return webhookId;
    }

    public long tenantId() {
        return tenantId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}

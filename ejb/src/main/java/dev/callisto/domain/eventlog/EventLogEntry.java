package dev.callisto.domain.eventlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event as it crossed the events topic, kept verbatim; the event id makes recording idempotent. */
@Entity
@Table(name = "event_log", indexes = @Index(columnList = "tenant_id, occurredAt"))
public class EventLogEntry {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String eventId;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 60)
    private String type;

    private int version;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 4000)
    private String payload;

    protected EventLogEntry() {}

    public EventLogEntry(
            String eventId,
            long tenantId,
            String type,
            int version,
            Long agentId,
            Instant occurredAt,
            Instant recordedAt,
            String payload) {
        this.eventId = eventId;
        this.tenantId = tenantId;
        this.type = type;
        this.version = version;
        this.agentId = agentId;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.payload = payload;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public int version() {
        return version;
    }

    public Long agentId() {
        return agentId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String payload() {
        return payload;
    }
}

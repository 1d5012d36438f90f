package dev.callisto.domain.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The recording of a call: the mix of everyone on it, written by the media server into the
 * recordings directory while the call lasts. Complete once the call's room is closed.
 */
@Entity
@Table(name = "recording")
@NamedQuery(
        name = "Recording.ofCall",
        query = "select r from Recording r where r.tenantId = :tenant and r.callId = :call order by r.startedAt")
public class Recording {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long callId;

    /** Relative to the recordings directory. */
    @Column(nullable = false, length = 200)
    private String storedAs;

    @Column(nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false, length = 20)
    private String engine;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant endedAt;

    private long durationMillis;

    private long size;

    protected Recording() {}

    public Recording(long tenantId, long callId, String storedAs, String contentType, String engine, Instant now) {
        this.tenantId = tenantId;
        this.callId = callId;
        this.storedAs = storedAs;
        this.contentType = contentType;
        this.engine = engine;
        this.startedAt = now;
    }

    /** The room closed: the file is final, and what it holds is measured from the file itself. */
    public void complete(Duration length, long bytes, Instant now) {
        endedAt = now;
        durationMillis = length.toMillis();
        size = bytes;
    }

    public boolean isComplete() {
        return endedAt != null;
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

    public String storedAs() {
        return storedAs;
    }

    public String contentType() {
        return contentType;
    }

    public String engine() {
        return engine;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long durationMillis() {
        return durationMillis;
    }

    public long size() {
        return size;
    }
}

package dev.callisto.domain.phone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A call's leg on a trunk: which trunk carries it, from when, and how the phone network ended it
 * (the SIP cause on the call record). The calls in progress on a trunk are the ones not ended.
 */
@Entity
@Table(name = "trunk_call", indexes = @Index(columnList = "trunkId, endedAt"))
@NamedQuery(
        name = "TrunkCall.inProgress",
        query = "select count(t) from TrunkCall t where t.trunkId = :trunkId and t.endedAt is null")
public class TrunkCall {

    /** The call's id. */
    @Id
    private Long callId;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long trunkId;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant endedAt;

    @Column(length = 120)
    private String cause;

    protected TrunkCall() {}

    public TrunkCall(long callId, Trunk trunk, Instant now) {
        this.callId = callId;
        this.tenantId = trunk.tenantId();
        this.trunkId = trunk.id();
        this.startedAt = now;
    }

    /** The leg is over; the first cause given is the one kept. */
    public void end(String cause, Instant now) {
        if (endedAt == null) {
            endedAt = now;
            this.cause = cause;
        }
    }

    public boolean isOver() {
        return endedAt != null;
    }

    public long callId() {
        return callId;
    }

    public long trunkId() {
        return trunkId;
    }

    public String cause() {
        return cause;
    }
}

package dev.callisto.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A span of time an agent spent in one state; the open span has no end yet. */
@Entity
@Table(name = "agent_state_log", indexes = @Index(columnList = "tenant_id, agent_id, startedAt"))
@NamedQuery(
        name = "StateLogEntry.findOpen",
        query =
                "select e from StateLogEntry e where e.tenantId = :tenantId and e.agentId = :agentId and e.endedAt is null")
@NamedQuery(
        name = "StateLogEntry.findOverlapping",
        query = "select e from StateLogEntry e where e.tenantId = :tenantId and e.agentId = :agentId"
                + " and e.startedAt < :to and (e.endedAt is null or e.endedAt > :from) order by e.startedAt")
public class StateLogEntry {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgentState state;

    @Column(length = 40)
    private String breakReason;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant endedAt;

    protected StateLogEntry() {}

    public StateLogEntry(long tenantId, long agentId, AgentState state, String breakReason, Instant startedAt) {
        this.tenantId = tenantId;
        this.agentId = agentId;
        this.state = state;
        this.breakReason = breakReason;
        this.startedAt = startedAt;
    }

    public void close(Instant at) {
        endedAt = at;
    }

    public AgentState state() {
        return state;
    }

    public String breakReason() {
        return breakReason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}

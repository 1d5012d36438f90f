package dev.callisto.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a call's trajectory (queued, offered to whom and why, held, transferred...). */
@Entity
@Table(name = "call_step", indexes = @Index(columnList = "call_id"))
@NamedQuery(name = "CallStep.of", query = "select s from CallStep s where s.callId = :callId order by s.id")
public class CallStep {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(nullable = false, length = 40)
    private String type;

    @Column(nullable = false)
    private Instant at;

    private Long agentId;

    @Column(length = 2000)
    private String detail;

    protected CallStep() {}

    public CallStep(long callId, String type, Instant at, Long agentId, String detail) {
        this.callId = callId;
        this.type = type;
        this.at = at;
        this.agentId = agentId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public String type() {
        return type;
    }

    public Instant at() {
        return at;
    }

    public Long agentId() {
        return agentId;
    }

    public String detail() {
        return detail;
    }
}

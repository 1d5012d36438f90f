package dev.callisto.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who did what, when, to what, and from where: one line of the tenant's audit log. Written in the
 * transaction of the change itself, so a change that commits is always in the log and a change
 * that rolls back never is. Never changed afterwards.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 400)
    private String target;

    @Column(length = 80)
    private String origin;

    protected AuditEntry() {}

    public AuditEntry(long tenantId, Instant at, String actor, String action, String target, String origin) {
        this.tenantId = tenantId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target == null || target.length() <= 400 ? target : target.substring(0, 399) + "…";
        this.origin = origin;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String origin() {
        return origin;
    }
}

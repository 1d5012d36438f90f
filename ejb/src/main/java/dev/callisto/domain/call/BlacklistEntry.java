package dev.callisto.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A number or visitor id a tenant refuses calls from, until it expires (if ever); counts its refusals. */
@Entity
@Table(name = "blacklist_entry", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "caller"}))
@NamedQuery(
        name = "BlacklistEntry.find",
        query = "select b from BlacklistEntry b where b.tenantId = :tenantId and b.caller = :caller")
public class BlacklistEntry {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 80)
    private String caller;

    @Column(length = 200)
    private String reason;

    private Instant expiresAt;
    private long refusals;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(length = 80)
    private String createdBy;

    protected BlacklistEntry() {}

    public BlacklistEntry(
            long tenantId, String caller, String reason, Instant expiresAt, String createdBy, Instant now) {
        this.tenantId = tenantId;
        this.caller = caller;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(reason, expiresAt);
    }

    public void change(String reason, Instant expiresAt) {
        this.reason = reason;
        this.expiresAt = expiresAt;
    }

    public boolean isActive(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    public void countRefusal() {
        refusals++;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String caller() {
        return caller;
    }

    public String reason() {
        return reason;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public long refusals() {
        return refusals;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}

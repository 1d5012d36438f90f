package dev.callisto.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Why an agent is on a break (rest, meal, training...); each tenant keeps its own list. */
@Entity
@Table(name = "break_reason", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "code"}))
@NamedQuery(
        name = "BreakReason.findByCode",
        query = "select r from BreakReason r where r.tenantId = :tenantId and r.code = :code")
@NamedQuery(
        name = "BreakReason.list",
        query = "select r from BreakReason r where r.tenantId = :tenantId order by r.code")
public class BreakReason {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 80)
    private String label;

    private boolean active = true;

    protected BreakReason() {}

    public BreakReason(long tenantId, String code, String label) {
        this.tenantId = tenantId;
        this.code = code;
        this.label = label;
    }

    /** Retired reasons stay for the history of past breaks but can no longer be chosen. */
    public void relabel(String label, boolean active) {
        this.label = label;
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return active;
    }
}

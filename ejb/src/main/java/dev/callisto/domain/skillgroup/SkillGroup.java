package dev.callisto.domain.skillgroup;

import dev.callisto.domain.ConflictException;
import dev.callisto.domain.routing.QueueRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A team of agents who can handle the same kind of contact; routing picks a group, then an agent in it. */
@Entity
@Table(name = "skill_group", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
public class SkillGroup {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(length = 400)
    private String description;

    // Seconds of after-call work when a call of this group ends; 0 turns it off.
    private int afterCallWorkSeconds;

    // Null in rows written before routing existed: they route with the defaults.
    private QueueRules rules;

    // Null in rows written before purposes existed: those were inbound groups.
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private GroupPurpose purpose;

    protected SkillGroup() {}

    public SkillGroup(long tenantId, String name, String description, int afterCallWorkSeconds) {
        this(tenantId, name, description, afterCallWorkSeconds, GroupPurpose.INBOUND);
    }

    public SkillGroup(long tenantId, String name, String description, int afterCallWorkSeconds, GroupPurpose purpose) {
        this.tenantId = tenantId;
        this.purpose = purpose;
        rename(name, description, afterCallWorkSeconds);
    }

    public GroupPurpose purpose() {
        return purpose == null ? GroupPurpose.INBOUND : purpose;
    }

    /** Inbound calls (arrivals, IVR queues, transfers) go to inbound groups only. */
    public void requireTakesInboundCalls() {
        if (purpose() != GroupPurpose.INBOUND) {
            throw new ConflictException("skill group " + name + " is a telemarketing group and takes no inbound calls");
        }
    }

    public void rename(String name, String description, int afterCallWorkSeconds) {
        this.name = name;
        this.description = description;
        this.afterCallWorkSeconds = afterCallWorkSeconds;
    }

    public QueueRules rules() {
        return rules == null ? QueueRules.DEFAULT : rules;
    }

    public void changeRules(QueueRules rules) {
        this.rules = rules;
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

    public String description() {
        return description;
    }

    public int afterCallWorkSeconds() {
        return afterCallWorkSeconds;
    }
}

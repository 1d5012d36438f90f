package dev.callisto.domain.contact;

import dev.callisto.domain.ConflictException;
import dev.callisto.domain.routing.ContactKind;
import dev.callisto.domain.routing.OverflowAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone waiting to be served (a call now; chats later), as routing sees them: which queue,
 * which agent it is offered to, how it ended. The durable twin of the routing engine's ticket:
 * after a restart the engine is rebuilt from these rows.
 */
@Entity
@Table(
        name = "contact",
        indexes = {
            @Index(columnList = "tenant_id, status"),
            @Index(columnList = "tenant_id, customer"),
            // Routing counts each agent's contacts answered today on every change of that agent.
            @Index(columnList = "agentId, answeredAt")
        })
@NamedQuery(name = "Contact.open", query = "select c from Contact c where c.status in :statuses order by c.id")
@NamedQuery(
        name = "Contact.lastAnsweredBy",
        query = "select c.agentId from Contact c where c.tenantId = :tenantId and c.customer = :customer"
                + " and c.answeredAt is not null order by c.answeredAt desc")
public class Contact {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false)
    private long skillGroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContactKind kind;

    private int priority;

    @Column(length = 80)
    private String customer;

    private Long preferredAgentId;

    /** A transfer to one agent; cleared when that agent misses it, so the group takes over. */
    private Long requiredAgentId;

    /** The call this contact routes, if it routes one. */
    private Long callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContactStatus status = ContactStatus.WAITING;

    @Column(nullable = false)
    private Instant enqueuedAt;

    /** The agent it is offered to, or who answered it. */
    private Long agentId;

    private Instant offerDeadline;
    private Instant answeredAt;
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OverflowAction overflowAction;

    protected Contact() {}

    public Contact(
            long tenantId,
            long skillGroupId,
            ContactKind kind,
            int priority,
            String customer,
            Long preferredAgentId,
            Instant now) {
        this.tenantId = tenantId;
        this.skillGroupId = skillGroupId;
        this.kind = kind;
        this.priority = priority;
        this.customer = customer;
        this.preferredAgentId = preferredAgentId;
        this.enqueuedAt = now;
    }

    /** Ties the contact to the call it routes and, for a transfer to one agent, to that agent. */
    public void routeFor(Long callId, Long requiredAgentId) {
        this.callId = callId;
        this.requiredAgentId = requiredAgentId;
    }

    public void offerTo(long agentId, Instant deadline) {
        require(ContactStatus.WAITING, "offered");
        this.status = ContactStatus.OFFERED;
        this.agentId = agentId;
        this.offerDeadline = deadline;
    }

    public void accept(long byAgentId, Instant now) {
        requireOfferedTo(byAgentId, "accepted");
        status = ContactStatus.ANSWERED;
        answeredAt = now;
        offerDeadline = null;
    }

    /** The offer rang out, was rejected, or was withdrawn: back to the queue, keeping its place. */
    public long returnToQueue() {
        require(ContactStatus.OFFERED, "returned to the queue");
        long missedBy = agentId;
        status = ContactStatus.WAITING;
        requiredAgentId = null;
        agentId = null;
        offerDeadline = null;
        return missedBy;
    }

    /** Whether the contact is ringing at this agent now (their screen pop may show it). */
    public boolean isOfferedTo(long agent) {
        return status == ContactStatus.OFFERED && agentId != null && agentId == agent;
    }

    public void requireOfferedTo(long agent, String action) {
        require(ContactStatus.OFFERED, action);
        if (agentId != agent) {
            throw new ConflictException("contact " + id + " is not offered to agent " + agent);
        }
    }

    /** The customer left; any open offer is withdrawn by the caller. */
    public void abandon(Instant now) {
        if (status.isOver() || status == ContactStatus.ANSWERED) {
            throw new ConflictException("contact " + id + " is " + status + " and cannot be abandoned");
        }
        end(ContactStatus.ABANDONED, now);
    }

    public void complete(Instant now) {
        require(ContactStatus.ANSWERED, "completed");
        end(ContactStatus.COMPLETED, now);
    }

    public void overflowTo(long groupId) {
        require(ContactStatus.WAITING, "moved to another group");
        this.skillGroupId = groupId;
        this.overflowAction = OverflowAction.SKILL_GROUP;
    }

    /** Leaves the queue for voicemail, a callback promise, or a polite hang-up. */
    public void leaveQueue(OverflowAction action, Instant now) {
        require(ContactStatus.WAITING, "overflowed");
        overflowAction = action;
        end(action == OverflowAction.HANGUP ? ContactStatus.TIMED_OUT : ContactStatus.OVERFLOWED, now);
    }

    private void end(ContactStatus finalStatus, Instant now) {
        status = finalStatus;
        endedAt = now;
        offerDeadline = null;
    }

    private void require(ContactStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("contact " + id + " is " + status + " and cannot be " + action);
        }
    }

    public Duration handleTime(Instant now) {
        return answeredAt == null ? Duration.ZERO : Duration.between(answeredAt, now);
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long skillGroupId() {
        return skillGroupId;
    }

    public ContactKind kind() {
        return kind;
    }

    public int priority() {
        return priority;
    }

    public String customer() {
        return customer;
    }

    public Long preferredAgentId() {
        return preferredAgentId;
    }

    public Long requiredAgentId() {
        return requiredAgentId;
    }

    public Long callId() {
        return callId;
    }

    public ContactStatus status() {
        return status;
    }

    public Instant enqueuedAt() {
        return enqueuedAt;
    }

    public Long agentId() {
        return agentId;
    }

    public Instant offerDeadline() {
        return offerDeadline;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public OverflowAction overflowAction() {
        return overflowAction;
    }
}

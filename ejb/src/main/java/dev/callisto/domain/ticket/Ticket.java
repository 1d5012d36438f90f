package dev.callisto.domain.ticket;

import dev.callisto.domain.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's case, from first report to closure. Every change goes through an intent method,
 * which checks the workflow and writes a history line, so the history is complete by construction.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long typeId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TicketPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TicketStatus status = TicketStatus.NEW;

    @Embedded
    private TicketOrigin origin;

    private Long assigneeAgentId;
    private Long skillGroupId;

    @Column(nullable = false, length = 80)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant updatedAt;
    private Instant dueAt;
    private Instant resolvedAt;
    private Instant closedAt;

    /** When the assignee wants to be reminded to follow up; cleared once the reminder went out. */
    private Instant followUpAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ticket_field_value", joinColumns = @JoinColumn(name = "ticket_id"))
    @MapKeyColumn(name = "field_key", length = 40)
    @Column(name = "field_value", length = 2000)
    private Map<String, String> fields = new LinkedHashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ticket_id")
    @OrderBy("id")
    private List<TicketChange> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ticket_id")
    @OrderBy("id")
    private List<TicketReply> replies = new ArrayList<>();

    protected Ticket() {}

    public Ticket(
            TicketType type,
            String subject,
            String description,
            TicketPriority priority,
            Map<String, Object> fieldValues,
            TicketOrigin origin,
            String createdBy,
            Instant now) {
        this.tenantId = type.tenantId();
        this.typeId = type.id();
        this.subject = subject;
        this.description = description;
        this.priority = priority == null ? TicketPriority.NORMAL : priority;
        this.fields = new LinkedHashMap<>(type.normalise(fieldValues));
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.dueAt = type.sla().dueFrom(now, this.priority);
        history.add(new TicketChange(now, createdBy, "created", null, origin.source()));
    }

    /** Moves the ticket along its workflow; reopening clears the resolved and closed times. */
    public void moveTo(TicketStatus target, String by, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTicketTransitionException(status, target);
        }
        record("status", status, target, by, now);
        status = target;
        switch (target) {
            case RESOLVED -> resolvedAt = now;
            case CLOSED -> closedAt = now;
            case OPEN -> {
                resolvedAt = null;
                closedAt = null;
            }
            default -> {}
        }
    }

    /**
     * Gives the ticket to an agent and/or a skill group (either may be null: a group ticket waits
     * for its team lead to pick an agent). A new ticket that gets an agent is open.
     */
    public void assignTo(Long agentId, Long groupId, String by, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("ticket " + id + " is closed; reopen it first");
        }
        record("agent", assigneeAgentId, agentId, by, now);
        record("skill group", skillGroupId, groupId, by, now);
        assigneeAgentId = agentId;
        skillGroupId = groupId;
        if (agentId != null && status == TicketStatus.NEW) {
            moveTo(TicketStatus.OPEN, by, now);
        }
    }

    /** Edits what the ticket says; a new priority moves the due time by the type's SLA. */
    public void edit(
            TicketType type,
            String newSubject,
            String newDescription,
            TicketPriority newPriority,
            Map<String, Object> fieldValues,
            String by,
            Instant now) {
        Map<String, String> newFields = type.normalise(fieldValues);
        record("subject", subject, newSubject, by, now);
        record("description", description, newDescription, by, now);
        record("fields", fields, newFields, by, now);
        if (newPriority != null && newPriority != priority) {
            record("priority", priority, newPriority, by, now);
            priority = newPriority;
            dueAt = type.sla().dueFrom(createdAt, priority);
        }
        subject = newSubject;
        description = newDescription;
        fields = new LinkedHashMap<>(newFields);
    }

    public void remindAt(Instant at, String by, Instant now) {
        record("follow-up", followUpAt, at, by, now);
        followUpAt = at;
    }

    public boolean reminderDue(Instant now) {
        return followUpAt != null && !followUpAt.isAfter(now) && status.isActive();
    }

    /** The reminder went out: it will not go out again unless a new follow-up time is set. */
    public void reminded() {
        followUpAt = null;
    }

    /**
     * Adds a message. A customer's reply brings a waiting or resolved ticket back to open, so it
     * lands on the assignee's list again; a closed ticket takes no more customer replies.
     */
    public TicketReply reply(TicketReply.Author author, String name, String body, boolean visible, Instant now) {
        if (author == TicketReply.Author.CUSTOMER) {
            if (status == TicketStatus.CLOSED) {
                throw new ConflictException("ticket " + id + " is closed; please leave a new message");
            }
            if (status == TicketStatus.PENDING || status == TicketStatus.RESOLVED) {
                moveTo(TicketStatus.OPEN, name, now);
            }
        }
        TicketReply reply = new TicketReply(author, name, body, visible, now);
        replies.add(reply);
        updatedAt = now;
        return reply;
    }

    public boolean isOverdue(Instant now) {
        return status.isActive() && dueAt != null && dueAt.isBefore(now);
    }

    private void record(String what, Object from, Object to, String by, Instant now) {
        if (!Objects.equals(from, to)) {
            history.add(new TicketChange(now, by, what, from, to));
            updatedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long typeId() {
        return typeId;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public TicketPriority priority() {
        return priority;
    }

    public TicketStatus status() {
        return status;
    }

    public TicketOrigin origin() {
        return origin;
    }

    public Long assigneeAgentId() {
        return assigneeAgentId;
    }

    public Long skillGroupId() {
        return skillGroupId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant followUpAt() {
        return followUpAt;
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }

    public List<TicketChange> history() {
        return List.copyOf(history);
    }

    public List<TicketReply> replies() {
        return List.copyOf(replies);
    }

    public List<TicketReply> repliesForCustomer() {
        return replies.stream().filter(TicketReply::visibleToCustomer).toList();
    }
}

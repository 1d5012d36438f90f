package dev.callisto.domain.call;

import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A contact plan: an agent's promise to call a customer back at a time. Due plans show on the
 * agent's desk; dialling one starts an outbound call and marks the plan done.
 */
@Entity
@Table(name = "callback_plan")
@NamedQuery(
        name = "CallbackPlan.open",
        query = "select p from CallbackPlan p where p.tenantId = :tenant and p.agentId = :agent"
                + " and p.dialedCallId is null and p.cancelled = false order by p.dueAt")
public class CallbackPlan {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,31}");

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long agentId;

    @Column(nullable = false, length = 32)
    private String customer;

    @Column(nullable = false)
    private Instant dueAt;

    @Column(length = 500)
    private String note;

    private Long dialedCallId;

    private boolean cancelled;

    @Column(nullable = false)
    private Instant createdAt;

    protected CallbackPlan() {}

    public CallbackPlan(long tenantId, long agentId, String customer, Instant dueAt, String note, Instant now) {
        if (customer == null || !NUMBER.matcher(customer).matches()) {
            throw new InvalidInputException(
                    "customer", "a callback goes to a phone number: digits, optionally after +");
        }
        if (dueAt == null) {
            throw new InvalidInputException("dueAt", "when to call back is required");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("note", "a note has at most 500 characters");
        }
        this.tenantId = tenantId;
        this.agentId = agentId;
        this.customer = customer;
        this.dueAt = dueAt;
        this.note = note;
        this.createdAt = now;
    }

    public boolean isDue(Instant now) {
        return !dueAt.isAfter(now);
    }

    /** The plan is kept: this call is the callback. */
    public void dialed(long callId) {
        requireOpen();
        dialedCallId = callId;
    }

    public void cancel() {
        requireOpen();
        cancelled = true;
    }

    private void requireOpen() {
        if (dialedCallId != null || cancelled) {
            throw new ConflictException("callback plan " + id + " is already " + (cancelled ? "cancelled" : "dialled"));
        }
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long agentId() {
        return agentId;
    }

    public String customer() {
        return customer;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String note() {
        return note;
    }

    public Long dialedCallId() {
        return dialedCallId;
    }
}

package dev.callisto.domain.routing;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/** A contact inside the engine: waiting in a group's queue, or reserved for an agent. */
final class QueuedContact {

    /** Higher priority first, then arrival order: FIFO within equal priority. */
    static final Comparator<QueuedContact> QUEUE_ORDER =
            Comparator.comparingInt((QueuedContact t) -> -t.priority).thenComparingLong(t -> t.seq);

    /** When it entered its current group, for the group's wait limit. */
    static final Comparator<QueuedContact> ARRIVAL_ORDER = Comparator.comparingLong(
                    (QueuedContact t) -> t.enteredGroupAtMillis)
            .thenComparingLong(t -> t.seq);

    final long contactId;
    final ContactKind kind;
    final int priority;
    final long seq;
    final long enqueuedAtMillis;
    final Long preferredAgentId;
    /** Set when the contact was transferred to one agent; cleared if that agent misses it. */
    Long requiredAgentId;
    /** Agents who let this contact ring out or rejected it: not offered it again. */
    final Set<Long> missedBy = new HashSet<>();

    long groupId;
    long enteredGroupAtMillis;
    Offer offer;

    QueuedContact(
            long contactId,
            long groupId,
            ContactKind kind,
            int priority,
            long seq,
            long enqueuedAtMillis,
            Long preferredAgentId,
            Long requiredAgentId) {
        this.contactId = contactId;
        this.groupId = groupId;
        this.kind = kind;
        this.priority = priority;
        this.seq = seq;
        this.enqueuedAtMillis = enqueuedAtMillis;
        this.preferredAgentId = preferredAgentId;
        this.requiredAgentId = requiredAgentId;
        this.enteredGroupAtMillis = enqueuedAtMillis;
    }

    /** How long it has waited in its current group: what widening and overflow count. */
    long waitedInGroup(long now) {
        return now - enteredGroupAtMillis;
    }
}

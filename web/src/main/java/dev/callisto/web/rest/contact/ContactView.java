package dev.callisto.web.rest.contact;

import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.contact.ContactStep;
import dev.callisto.domain.routing.ContactKind;
import dev.callisto.domain.routing.OverflowAction;
import java.time.Instant;
import java.util.List;

/**
 * A contact with its place in the queue while it waits, and, when asked for one contact, its
 * trace: every routing step with the decision behind each offer.
 */
public record ContactView(
        long id,
        long skillGroupId,
        ContactKind kind,
        int priority,
        String customer,
        ContactStatus status,
        Long agentId,
        Long preferredAgentId,
        Long callId,
        Integer position,
        Long estimatedWaitSeconds,
        Instant enqueuedAt,
        Instant offerDeadline,
        Instant answeredAt,
        Instant endedAt,
        OverflowAction overflowAction,
        List<StepView> trace) {

    public record StepView(String type, Instant at, Long skillGroupId, Long agentId, String detail) {
        static StepView of(ContactStep s) {
            return new StepView(s.type(), s.at(), s.skillGroupId(), s.agentId(), s.detail());
        }
    }

    static ContactView of(Contact c, Integer position, Long estimatedWait, List<ContactStep> steps) {
        return new ContactView(
                c.id(),
                c.skillGroupId(),
                c.kind(),
                c.priority(),
                c.customer(),
                c.status(),
                c.agentId(),
                c.preferredAgentId(),
                c.callId(),
                position,
                estimatedWait,
                c.enqueuedAt(),
                c.offerDeadline(),
                c.answeredAt(),
                c.endedAt(),
                c.overflowAction(),
                steps == null ? null : steps.stream().map(StepView::of).toList());
    }
}

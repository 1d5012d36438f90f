package dev.callisto.application.ticket;

import dev.callisto.domain.ticket.TicketPriority;
import dev.callisto.domain.ticket.TicketStatus;
import java.time.Instant;

/**
 * Filters of a ticket search; nulls mean "any". {@code mine} keeps the caller's own tickets
 * (assigned to them); {@code overdue} those past their due time and not yet resolved; {@code
 * reminders} those whose follow-up time has come. {@code sort} is a field with an optional
 * leading {@code -} (default {@code -updatedAt}).
 */
public record TicketQuery(
        TicketStatus status,
        TicketPriority priority,
        Long typeId,
        Long assigneeAgentId,
        Long skillGroupId,
        String customer,
        Long callId,
        Instant createdFrom,
        Instant createdTo,
        boolean mine,
        boolean overdue,
        boolean reminders,
        String sort) {

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null, null, null, false, false, false, null);
    }

    public static TicketQuery ofCustomer(String customer) {
        return new TicketQuery(null, null, null, null, null, customer, null, null, null, false, false, false, null);
    }
}

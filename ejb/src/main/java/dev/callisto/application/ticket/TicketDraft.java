package dev.callisto.application.ticket;

import dev.callisto.domain.ticket.TicketPriority;
import java.util.Map;

/**
 * What staff fill in to open a ticket. With a {@code callId}, the ticket is about that call: its
 * customer and channel are taken from the call, not from the form.
 */
public record TicketDraft(
        long typeId,
        String subject,
        String description,
        TicketPriority priority,
        Map<String, Object> fields,
        String customer,
        String channel,
        Long callId,
        Long assigneeAgentId,
        Long skillGroupId) {}

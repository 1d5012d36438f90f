package dev.callisto.events;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * Something happened to a ticket (version {@value #VERSION}); {@code type} is one of the
 * constants below.
 *
 * @param status the ticket's status after the change
 * @param detail free text: who replied and whether the customer sees it, the old status
 */
@JsonbPropertyOrder({"eventId", "type", "version", "tenantId", "occurredAt"})
public record TicketEvent(
        String eventId,
        String type,
        long tenantId,
        Instant occurredAt,
        long ticketId,
        String status,
        Long assigneeAgentId,
        Long skillGroupId,
        String customer,
        String detail)
        implements CallistoEvent {

    public static final String CREATED = "ticket.created";
    public static final String ASSIGNED = "ticket.assigned";
    public static final String REPLIED = "ticket.replied";
    public static final String STATUS_CHANGED = "ticket.status-changed";
    public static final String RESOLVED = "ticket.resolved";
    public static final String REMINDER_DUE = "ticket.reminder-due";
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @JsonbProperty("version")
    public int getVersion() {
        return VERSION;
    }
}

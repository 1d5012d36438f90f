package dev.callisto.domain.ticket;

/** How urgent a ticket is; the ticket type's SLA gives a resolve time per priority. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}

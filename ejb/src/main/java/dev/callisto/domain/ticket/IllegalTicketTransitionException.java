package dev.callisto.domain.ticket;

import dev.callisto.domain.ConflictException;

/** A status change the ticket workflow does not allow from the ticket's current status. */
public class IllegalTicketTransitionException extends ConflictException {
    public IllegalTicketTransitionException(TicketStatus from, TicketStatus to) {
        super("a " + from + " ticket cannot become " + to + "; it can become " + from.next());
    }
}

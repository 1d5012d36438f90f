package dev.callisto.domain.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is in its workflow: new → open → pending → resolved → closed, with reopen. A
 * ticket is closed only once it was resolved, so nothing is closed without an answer.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING,
    RESOLVED,
    CLOSED;

    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, PENDING, RESOLVED);
            case OPEN -> EnumSet.of(PENDING, RESOLVED);
            case PENDING -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Still needs work: counts against its due time and shows in "my open tickets". */
    public boolean isActive() {
        return this == NEW || this == OPEN || this == PENDING;
    }
}

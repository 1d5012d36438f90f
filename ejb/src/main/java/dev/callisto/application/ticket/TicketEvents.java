package dev.callisto.application.ticket;

import dev.callisto.application.DomainEvents;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.events.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/** Announces ticket changes on the event topic, inside the transaction that made them. */
@ApplicationScoped
public class TicketEvents {

    @Inject
    private DomainEvents events;

    @Inject
    private Clock clock;

    public void publish(String type, Ticket ticket, String detail) {
        events.publish(new TicketEvent(
                UUID.randomUUID().toString(),
                type,
                ticket.tenantId(),
                clock.instant(),
                ticket.id(),
                ticket.status().name(),
                ticket.assigneeAgentId(),
                ticket.skillGroupId(),
                ticket.origin().customer(),
                detail));
    }
}

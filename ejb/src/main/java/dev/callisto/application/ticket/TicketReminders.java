package dev.callisto.application.ticket;

import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketStatus;
import dev.callisto.events.TicketEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Sends follow-up reminders when they come due, as {@code ticket.reminder-due} events that the
 * agent desk shows. Each goes out once: the ticket forgets its follow-up time in the same
 * transaction that publishes the event.
 */
@Stateless
@PermitAll
public class TicketReminders {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketEvents events;

    @Inject
    private Clock clock;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void sendDue() {
        List<Ticket> due = em.createQuery(
                        "select t from Ticket t where t.followUpAt <= :now and t.status in :active", Ticket.class)
                .setParameter("now", clock.instant())
                .setParameter("active", List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING))
                .setMaxResults(500)
                .getResultList();
        for (Ticket ticket : due) {
            if (!ticket.reminderDue(clock.instant())) {
                continue;
            }
            ticket.reminded();
            events.publish(TicketEvent.REMINDER_DUE, ticket, "follow up");
        }
    }
}

package dev.callisto.application.visitor;

import dev.callisto.application.ticket.TicketEvents;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.tenant.VisitorToken;
import dev.callisto.domain.ticket.MessageTemplate;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketOrigin;
import dev.callisto.domain.ticket.TicketReply;
import dev.callisto.domain.ticket.TicketSource;
import dev.callisto.domain.ticket.TicketType;
import dev.callisto.events.TicketEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The customer's side of tickets, for a verified visitor: leave a message (it becomes a ticket of
 * the template's type), follow one's own tickets, read the replies meant for them and answer.
 * There is no staff login here; every method takes the verified token and stays inside its tenant
 * and customer, so another customer's ticket is simply not found.
 */
@Stateless
@PermitAll
public class VisitorTickets {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketEvents events;

    @Inject
    private Clock clock;

    public List<MessageTemplate> templates(VisitorToken visitor, String channel) {
        return em.createQuery(
                        "select m from MessageTemplate m where m.tenantId = :tenantId and m.channel = :channel"
                                + " order by m.name",
                        MessageTemplate.class)
                .setParameter("tenantId", visitor.tenantId())
                .setParameter("channel", channel)
                .getResultList();
    }

    public TicketType typeOf(VisitorToken visitor, MessageTemplate template) {
        TicketType type = em.find(TicketType.class, template.ticketTypeId());
        if (type == null || type.tenantId() != visitor.tenantId()) {
            throw new NotFoundException("ticket type", template.ticketTypeId());
        }
        return type;
    }

    public Ticket leaveMessage(
            VisitorToken visitor, long templateId, String subject, String message, Map<String, Object> fields) {
        MessageTemplate template = em.find(MessageTemplate.class, templateId);
        if (template == null || template.tenantId() != visitor.tenantId()) {
            throw new NotFoundException("message template", templateId);
        }
        Ticket ticket = new Ticket(
                typeOf(visitor, template),
                subject,
                message,
                null,
                fields,
                TicketOrigin.of(TicketSource.MESSAGE, visitor.customer(), template.channel()),
                visitor.customer(),
                clock.instant());
        em.persist(ticket);
        events.publish(TicketEvent.CREATED, ticket, TicketSource.MESSAGE + " " + template.name());
        return ticket;
    }

    public List<Ticket> myTickets(VisitorToken visitor) {
        return em.createQuery(
                        "select t from Ticket t where t.tenantId = :tenantId and t.origin.customer = :customer"
                                + " order by t.createdAt desc, t.id desc",
                        Ticket.class)
                .setParameter("tenantId", visitor.tenantId())
                .setParameter("customer", visitor.customer())
                .setMaxResults(100)
                .getResultList();
    }

    public Ticket ticket(VisitorToken visitor, long id) {
        Ticket ticket = em.find(Ticket.class, id);
        if (ticket == null
                || ticket.tenantId() != visitor.tenantId()
                || !visitor.customer().equals(ticket.origin().customer())) {
            throw new NotFoundException("ticket", id);
        }
        ticket.replies().size(); // the page shows the replies after this transaction has ended
        return ticket;
    }

    public TicketReply reply(VisitorToken visitor, long id, String body) {
        Ticket ticket = ticket(visitor, id);
        TicketReply reply = ticket.reply(TicketReply.Author.CUSTOMER, visitor.customer(), body, true, clock.instant());
        events.publish(TicketEvent.REPLIED, ticket, "customer reply");
        return reply;
    }
}

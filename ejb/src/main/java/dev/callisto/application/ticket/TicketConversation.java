package dev.callisto.application.ticket;

import dev.callisto.application.Roles;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketAttachment;
import dev.callisto.domain.ticket.TicketReply;
import dev.callisto.events.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Staff's side of a ticket's conversation: internal notes, replies the customer sees, attachments. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class TicketConversation {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketAccess access;

    @Inject
    private TicketEvents events;

    @Inject
    private AttachmentStore store;

    @Inject
    private Clock clock;

    public TicketReply reply(long ticketId, String body, boolean visibleToCustomer) {
        Ticket ticket = access.ticket(ticketId);
        TicketReply reply =
                ticket.reply(TicketReply.Author.STAFF, access.login(), body, visibleToCustomer, clock.instant());
        events.publish(TicketEvent.REPLIED, ticket, visibleToCustomer ? "reply" : "internal note");
        return reply;
    }

    /** Stores a file on the ticket, or refuses it (type by content, size) without keeping anything. */
    public TicketAttachment attach(long ticketId, String fileName, InputStream content, boolean visibleToCustomer) {
        Ticket ticket = access.ticket(ticketId);
        AttachmentStore.Upload upload = store.receive(ticket.tenantId(), content);
        try {
            TicketAttachment attachment = new TicketAttachment(
                    ticket,
                    fileName,
                    upload.head(),
                    upload.size(),
                    store.nameOf(upload),
                    access.login(),
                    visibleToCustomer,
                    clock.instant());
            em.persist(attachment);
            return attachment;
        } catch (InvalidInputException e) {
            store.discard(upload);
            throw e;
        }
    }

    public List<TicketAttachment> attachments(long ticketId) {
        Ticket ticket = access.ticket(ticketId);
        return em.createQuery(
                        "select a from TicketAttachment a where a.tenantId = :tenantId and a.ticketId = :ticketId"
                                + " order by a.id",
                        TicketAttachment.class)
                .setParameter("tenantId", ticket.tenantId())
                .setParameter("ticketId", ticket.id())
                .getResultList();
    }

    /** An attachment of a ticket the caller may see, and where its bytes are. */
    public TicketAttachment attachment(long ticketId, long attachmentId) {
        return attachments(ticketId).stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    public Path fileOf(TicketAttachment attachment) {
        return store.fileOf(attachment);
    }
}

package dev.callisto.application.ivr;

import dev.callisto.application.ticket.TicketEvents;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.ivr.IvrState;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketOrigin;
import dev.callisto.domain.ticket.TicketSource;
import dev.callisto.domain.ticket.TicketType;
import dev.callisto.events.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A caller's message left in the IVR becomes a ticket of the node's type, linked to the call and
 * carrying the keys pressed; call variables named like the type's fields (an order number keyed
 * in) fill those fields.
 */
@ApplicationScoped
public class Voicemails {

    private static final Logger LOG = Logger.getLogger(Voicemails.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketEvents events;

    /** The ticket it became, for the trajectory ("ticket 12"), or why there is none. */
    public String leave(Call call, long ticketTypeId, IvrState state, Instant now) {
        TicketType type = em.find(TicketType.class, ticketTypeId);
        Map<String, Object> fields = new HashMap<>();
        if (type != null) {
            for (FieldDefinition field : type.fields()) {
                String value = state.variables().get(field.key());
                if (value != null) {
                    fields.put(field.key(), value);
                }
            }
        }
        try {
            Ticket ticket = new Ticket(
                    type,
                    "Voicemail from " + call.customer(),
                    "Left in the IVR after " + String.join(" > ", state.path()),
                    null,
                    fields,
                    new TicketOrigin(
                            TicketSource.VOICEMAIL,
                            call.customer(),
                            call.channel().name(),
                            call.id(),
                            null,
                            String.join(",", state.keys())),
                    "ivr",
                    now);
            em.persist(ticket);
            events.publish(TicketEvent.CREATED, ticket, TicketSource.VOICEMAIL.name());
            return "left a message: ticket " + ticket.id();
        } catch (InvalidInputException | NullPointerException e) {
            LOG.warning("call " + call.id() + ": no voicemail ticket of type " + ticketTypeId + ": " + e.getMessage());
            return "left a message, but no ticket: " + e.getMessage();
        }
    }
}

package dev.callisto.application.routing;

import dev.callisto.application.DomainEvents;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStep;
import dev.callisto.events.ContactEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Records each step of a contact three ways in the caller's transaction: a {@link ContactStep} for
 * the call record, a {@link ContactEvent} on the topic, and a {@link ContactChanged} for the
 * routing engine after commit.
 */
@ApplicationScoped
public class ContactJournal {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DomainEvents events;

    @Inject
    private Event<ContactChanged> changes;

    @Inject
    private Event<ContactStepped> stepped;

    /** Fired synchronously, inside the transaction, so the call a contact routes moves with it. */
    public record ContactStepped(Contact contact, String eventType, Long agentId, String detail, Instant at) {}

    public void step(Contact c, String eventType, Long agentId, String detail, Instant at) {
        em.flush(); // a new contact needs its id; a stale one fails here, before anything is published
        em.persist(new ContactStep(
                c.id(), eventType.substring("contact.".length()), at, c.skillGroupId(), agentId, detail));
        events.publish(new ContactEvent(
                UUID.randomUUID().toString(),
                eventType,
                c.tenantId(),
                at,
                c.id(),
                c.skillGroupId(),
                agentId,
                c.kind().name(),
                c.priority(),
                detail));
        stepped.fire(new ContactStepped(c, eventType, agentId, detail, at));
    }

    /** Tells the engine, once committed, what became of the contact. */
    public void tellRouting(Contact c, ContactChanged.Change change, long handleSeconds) {
        changes.fire(new ContactChanged(
                change,
                c.id(),
                c.skillGroupId(),
                c.kind(),
                c.priority(),
                c.enqueuedAt().toEpochMilli(),
                c.preferredAgentId(),
                c.requiredAgentId(),
                handleSeconds));
    }
}

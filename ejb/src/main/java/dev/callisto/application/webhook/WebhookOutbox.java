package dev.callisto.application.webhook;

import dev.callisto.domain.webhook.Webhook;
import dev.callisto.domain.webhook.WebhookDelivery;
import dev.callisto.events.EventEnvelope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Stores a delivery for every enabled webhook of an event's tenant that wants its type, in the
 * transaction that logs the event: an event is logged and queued for its webhooks, or neither.
 * The events given are the newly logged ones, so a redelivered event is not queued twice.
 */
@Stateless
@PermitAll
public class WebhookOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void enqueue(List<EventEnvelope> logged) {
        if (logged.isEmpty()) {
            return;
        }
        List<Webhook> webhooks =
                em.createNamedQuery("Webhook.enabled", Webhook.class).getResultList();
        if (webhooks.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (EventEnvelope e : logged) {
            for (Webhook w : webhooks) {
                if (w.tenantId() == e.tenantId() && w.wants(e.type())) {
                    em.persist(new WebhookDelivery(w.id(), w.tenantId(), e.eventId(), e.type(), e.json(), now));
                }
            }
        }
    }
}

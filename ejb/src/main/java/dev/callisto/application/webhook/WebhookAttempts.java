package dev.callisto.application.webhook;

import dev.callisto.domain.webhook.Webhook;
import dev.callisto.domain.webhook.WebhookDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The sender's transactions: which deliveries are due, and what an attempt came to. The HTTP
 * request itself runs outside any transaction, so a slow receiver holds no database lock.
 */
@Stateless
@PermitAll
public class WebhookAttempts {

    private static final Logger LOG = Logger.getLogger(WebhookAttempts.class.getName());

    /** What one attempt needs, read in the transaction that found it due. */
    public record Due(long deliveryId, String url, String secret, String eventId, String eventType, String body) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<Due> due(int limit) {
        return em.createNamedQuery("WebhookDelivery.due", WebhookDelivery.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultStream()
                .map(d -> {
                    Webhook w = em.find(Webhook.class, d.webhookId());
                    return w == null
                            ? null
                            : new Due(d.id(), w.url(), w.secret(), d.eventId(), d.eventType(), d.body());
                })
                .filter(d -> d != null)
                .toList();
    }

    /** @param httpStatus null if the receiver did not answer */
    public void attempted(long deliveryId, Integer httpStatus, String error, Duration retryBase) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        Webhook webhook = delivery == null ? null : em.find(Webhook.class, delivery.webhookId());
        if (webhook == null) {
            return; // removed meanwhile
        }
        Instant now = clock.instant();
        if (httpStatus != null && httpStatus / 100 == 2) {
            delivery.succeeded(httpStatus, now);
            webhook.delivered();
            return;
        }
        String why = error != null ? error : "answered " + httpStatus;
        delivery.failed(httpStatus, why, retryBase, now);
        if (webhook.failed(why)) {
            LOG.warning("webhook " + webhook.id() + " of tenant " + webhook.tenantId() + " disabled: "
                    + webhook.disabledWhy());
            em.createNamedQuery("WebhookDelivery.ofWebhook", WebhookDelivery.class)
                    .setParameter("webhookId", webhook.id())
                    .getResultStream()
                    .forEach(d -> d.abandon("the webhook was disabled"));
        }
    }
}

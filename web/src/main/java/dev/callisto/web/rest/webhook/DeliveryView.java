package dev.callisto.web.rest.webhook;

import dev.callisto.domain.webhook.WebhookDelivery;
import java.time.Instant;

/** One event's delivery to a webhook, as the delivery log shows it. */
public record DeliveryView(
        long id,
        String eventId,
        String eventType,
        String status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(
                d.id(),
                d.eventId(),
                d.eventType(),
                d.status().name(),
                d.attempts(),
                d.lastStatus(),
                d.lastError(),
                d.createdAt(),
                d.nextAttemptAt(),
                d.deliveredAt());
    }
}

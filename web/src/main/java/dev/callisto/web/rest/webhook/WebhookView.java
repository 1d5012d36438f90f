package dev.callisto.web.rest.webhook;

import dev.callisto.domain.webhook.Webhook;
import java.time.Instant;
import java.util.List;

/** A webhook; {@code secret} only in the answer to its creation, the one time it is shown. */
public record WebhookView(
        long id,
        String url,
        List<String> eventTypes,
        boolean enabled,
        String disabledWhy,
        Instant createdAt,
        String secret) {

    static WebhookView of(Webhook w) {
        return new WebhookView(w.id(), w.url(), w.eventTypes(), w.isEnabled(), w.disabledWhy(), w.createdAt(), null);
    }

    static WebhookView created(Webhook w) {
        return new WebhookView(
                w.id(), w.url(), w.eventTypes(), w.isEnabled(), w.disabledWhy(), w.createdAt(), w.secret());
    }
}

package dev.callisto.application.webhook;

import dev.callisto.application.webhook.WebhookAttempts.Due;
import dev.callisto.domain.webhook.WebhookSignature;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends what is due every second: a signed POST per delivery ({@code Callisto-Signature}, see
 * {@link WebhookSignature}; {@code Callisto-Event-Id} to be idempotent on), no redirects followed,
 * five seconds to answer. A 2xx delivers; anything else is tried again later
 * ({@code callisto.webhooks.retry-base-seconds}, default 10, doubling to an hour, for a day).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int BATCH = 50;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final AtomicBoolean sending = new AtomicBoolean();

    @Inject
    private WebhookAttempts attempts;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return; // the previous tick is still waiting on a slow receiver
        }
        try {
            Duration retryBase = Duration.ofSeconds(Long.getLong("callisto.webhooks.retry-base-seconds", 10));
            for (Due due : attempts.due(BATCH)) {
                send(due, retryBase);
            }
        } finally {
            sending.set(false);
        }
    }

    private void send(Due due, Duration retryBase) {
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(due.url()))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .header("User-Agent", "Callisto-Webhooks/1")
                            .header("Callisto-Event-Id", due.eventId())
                            .header("Callisto-Event-Type", due.eventType())
                            .header("Callisto-Delivery", String.valueOf(due.deliveryId()))
                            .header(
                                    "Callisto-Signature",
                                    WebhookSignature.header(
                                            due.secret(), System.currentTimeMillis() / 1000, due.body()))
                            .POST(HttpRequest.BodyPublishers.ofString(due.body()))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            status = answer.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            error = "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            attempts.attempted(due.deliveryId(), status, error, retryBase);
        } catch (RuntimeException e) {
            LOG.warning("could not record delivery " + due.deliveryId() + ": " + e); // tried again
        }
    }
}

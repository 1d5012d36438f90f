package dev.callisto.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void anEndpointGetsTheTypesAndFamiliesItAskedFor() {
        Webhook w = new Webhook(1, "https://crm.example.com/x", List.of("call.ended", "ticket.*"), "s", NOW);
        assertTrue(w.wants("call.ended"));
        assertTrue(w.wants("ticket.created"));
        assertFalse(w.wants("call.answered"));
        assertFalse(w.wants("tickets.created"));
        assertTrue(new Webhook(1, "https://x", List.of("*"), "s", NOW).wants("agent.state-changed"));
    }

    @Test
    void twentyFailuresInARowDisableItAndASuccessInBetweenResetsTheCount() {
        Webhook w = new Webhook(1, "https://x", List.of("*"), "s", NOW);
        for (int i = 0; i < Webhook.FAILURES_TO_DISABLE - 1; i++) {
            assertFalse(w.failed("answered 500"));
        }
        w.delivered();
        for (int i = 0; i < Webhook.FAILURES_TO_DISABLE - 1; i++) {
            assertFalse(w.failed("answered 500"));
        }
        assertTrue(w.failed("answered 503"));
        assertFalse(w.wants("call.ended"), "a disabled webhook gets nothing");
        assertTrue(w.disabledWhy().endsWith("answered 503"), w.disabledWhy());
        w.enable();
        assertTrue(w.wants("call.ended"));
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToAnHourAndStopAfterADay() {
        WebhookDelivery d = new WebhookDelivery(5, 1, "e-1", "call.ended", "{}", NOW);
        Duration base = Duration.ofSeconds(10);
        d.failed(500, "answered 500", base, NOW);
        assertEquals(NOW.plusSeconds(10), d.nextAttemptAt());
        d.failed(500, "answered 500", base, NOW);
        assertEquals(NOW.plusSeconds(20), d.nextAttemptAt());
        for (int i = 0; i < 10; i++) {
            d.failed(null, "no answer", base, NOW);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), d.nextAttemptAt(), "never more than an hour apart");
        d.failed(null, "no answer", base, NOW.plus(Duration.ofHours(23).plusMinutes(30)));
        assertEquals(WebhookDelivery.Status.FAILED, d.status(), "a day of trying is enough");
        assertNull(d.nextAttemptAt());
        assertEquals(13, d.attempts());
    }

    @Test
    void theSignatureIsStripesSchemeOverTheTimestampAndTheBody() {
        // HMAC-SHA256("whsec_test", "1700000000.{}"), computed independently with openssl dgst -hmac.
        assertEquals(
                "t=1700000000,v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91",
                WebhookSignature.header("whsec_test", 1700000000, "{}"));
    }
}

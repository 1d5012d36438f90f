package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's CRM receives its events by webhook, as from Stripe or GitHub: a receiver on this
 * machine (the test's own HTTP server) answers 500 twice and then 200; the event arrives three
 * times with the same id and then never again, each delivery signed with the secret the admin was
 * shown at creation, the delivery log says so, and another tenant's events never come.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {

    private record Received(Map<String, List<String>> headers, String body, int answered) {}

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    @Test
    void eventsArriveSignedRetriedAfterFailuresAndOnceDeliveredNeverAgain() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger refusals = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = body.contains("\"call.arrived\"") && refusals.getAndIncrement() < 2 ? 500 : 200;
            received.add(new Received(exchange.getRequestHeaders(), body, answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            Api.Reply created = api.post("admin", "/webhooks", "{\"url\":\"" + url + "\",\"eventTypes\":[\"call.*\"]}");
            assertEquals(201, created.status(), created.body());
            long webhook = created.json().getJsonNumber("id").longValue();
            String secret = created.json().getString("secret");
            assertTrue(api.get("admin", "/webhooks").body().contains(url));
            assertTrue(!api.get("admin", "/webhooks").body().contains(secret), "the secret is shown once");
            assertEquals(
                    404,
                    api.get("globex-admin", "/webhooks/" + webhook + "/deliveries")
                            .status());

            long call = Calls.id(api.post(
                            "admin",
                            "/calls",
                            "{\"channel\":\"WEB\",\"customer\":\"+8613700000073\",\"flow\":\"main\"}")
                    .json());
            long billing = api.get("globex-admin", "/skill-groups?q=Billing")
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            long other = Calls.id(api.post(
                            "globex-admin",
                            "/calls",
                            "{\"channel\":\"WEB\",\"customer\":\"+8613700000074\",\"skillGroupId\":" + billing + "}")
                    .json());
            String arrived = "\"callId\":" + call + ",";
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline
                    && received.stream()
                            .noneMatch(r -> r.body().contains(arrived)
                                    && r.body().contains("\"call.arrived\"")
                                    && r.answered() == 200)) {
                Thread.sleep(200);
            }
            Thread.sleep(3000); // time for a wrong redelivery to show
            List<Received> ofArrival = received.stream()
                    .filter(r -> r.body().contains(arrived) && r.body().contains("\"call.arrived\""))
                    .toList();
            assertEquals(
                    List.of(500, 500, 200),
                    ofArrival.stream().map(Received::answered).toList(),
                    "retried after each 500, then never again");
            String eventId = ofArrival.get(0).headers().get("Callisto-event-id").get(0);
            for (Received r : ofArrival) {
                assertEquals(eventId, r.headers().get("Callisto-event-id").get(0), "the same event each time");
                JsonObject event = Json.createReader(new StringReader(r.body())).readObject();
                assertEquals(eventId, event.getString("eventId"));
                String signature = r.headers().get("Callisto-signature").get(0);
                String t = signature.substring(2, signature.indexOf(','));
                assertEquals("t=" + t + ",v1=" + hmac(secret, t + "." + r.body()), signature, "signed with the secret");
            }
            assertTrue(
                    received.stream().noneMatch(r -> r.body().contains("\"callId\":" + other + ",")),
                    "another tenant's call is not sent to this tenant's webhook");

            Api.Reply log = api.get("admin", "/webhooks/" + webhook + "/deliveries");
            JsonObject delivery = log.array().stream()
                    .map(v -> v.asJsonObject())
                    .filter(d -> d.getString("eventId").equals(eventId))
                    .findFirst()
                    .orElseThrow();
            assertEquals("DELIVERED", delivery.getString("status"), log.body());
            assertEquals(3, delivery.getInt("attempts"), log.body());

            assertEquals(
                    202,
                    api.post("admin", "/webhooks/" + webhook + "/test", null).status());
            Api.Reply refused =
                    api.post("admin", "/webhooks", "{\"url\":\"https://10.1.2.3/x\",\"eventTypes\":[\"*\"]}");
            assertEquals(400, refused.status(), "only the hosts this installation allows: " + refused.body());
            api.post("admin", "/calls/" + call + "/customer-hangup", null);
            api.post("globex-admin", "/calls/" + other + "/customer-hangup", null);
            assertEquals(204, api.delete("admin", "/webhooks/" + webhook).status());
        } finally {
            receiver.stop(0);
        }
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}

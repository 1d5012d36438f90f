package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations team's scraper reads {@code /callisto/metrics} during a call: the call and its
 * queue are in the figures, and the figures are the installation's, so no tenant's admin may read
 * them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    private static HttpResponse<String> scrape(String user) throws Exception {
        int port = 8080 + Integer.getInteger("it.port.offset", 0);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callisto/metrics"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static long value(String metrics, String sample) {
        Matcher m = Pattern.compile("^" + Pattern.quote(sample) + " (\\d+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void aScrapeDuringACallFindsTheCallAndItsQueue() throws Exception {
        // A group nobody serves: the call waits in its queue for the whole scrape.
        long group = Calls.id(api.post("admin", "/skill-groups", "{\"name\":\"Metrics probe\"}")
                .json());
        long call = Calls.id(api.post(
                        "admin",
                        "/calls",
                        "{\"channel\":\"WEB\",\"customer\":\"+8613700000072\",\"skillGroupId\":" + group + "}")
                .json());
        try {
            // The event counters follow the topic, a moment behind the call.
            HttpResponse<String> scrape = scrape("integration");
            for (int i = 0; i < 40 && !scrape.body().contains("type=\"call.queued\"}"); i++) {
                Thread.sleep(250);
                scrape = scrape("integration");
            }
            assertEquals(200, scrape.statusCode(), scrape.body());
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            String metrics = scrape.body();
            assertTrue(value(metrics, "callisto_calls{tenant=\"acme\",status=\"QUEUED\"}") >= 1, metrics);
            assertEquals(
                    1,
                    value(metrics, "callisto_queue_waiting{tenant=\"acme\",skill_group=\"Metrics probe\"}"),
                    metrics);
            assertTrue(
                    value(metrics, "callisto_queue_oldest_wait_seconds{tenant=\"acme\",skill_group=\"Metrics probe\"}")
                            >= 0,
                    metrics);
            assertTrue(metrics.contains("callisto_agents{tenant=\"globex\",state="), metrics);
            assertTrue(metrics.contains("callisto_events_total{tenant=\"acme\",type=\"call.queued\"}"), metrics);
            assertTrue(metrics.contains("callisto_media_server_up "), metrics);
            assertTrue(metrics.contains("# TYPE callisto_webhook_backlog gauge"), metrics);

            assertEquals(403, scrape("admin").statusCode(), "a tenant's admin does not see the installation");
            assertEquals(403, scrape("agent1").statusCode());
        } finally {
            api.post("admin", "/calls/" + call + "/customer-hangup", null);
        }
    }
}

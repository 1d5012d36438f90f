package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.DoublePredicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Link quality as the phones report it over their socket (the browser test in MediaIT sends real
 * WebRTC figures; here an agent's phone reports a link that turns bad): the monitoring list shows
 * the MOS, a leg turning poor is one {@code quality} step, and the record keeps the figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallQualityIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Calls calls = new Calls();
    private final Api api = calls.api;

    @AfterEach
    void cleanUp() {
        calls.cleanUp();
    }

    @Test
    void aLegTurningPoorIsOneStepShownLiveAndKeptInTheCallRecord() throws Exception {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = Calls.id(calls.arrive(group, "+8613500004444"));
        calls.act("agent1", call, "answer");
        BlockingQueue<JsonObject> replies = new LinkedBlockingQueue<>();
        WebSocket phone = api.socket("/callisto/phone", "agent1", collecting(replies));

        phone.sendText(stats(call, 0, 4, 30), true).join();
        double clean = awaitMos("agent1", m -> m >= 4);
        phone.sendText(stats(call, 15, 60, 400), true).join();
        double poor = awaitMos("agent1", m -> m < 3.5);
        phone.sendText(stats(call, 20, 80, 500), true).join(); // still poor: no news

        phone.sendText("{\"type\":\"stats\",\"call\":" + call + ",\"lossPercent\":-1,\"jitterMs\":0,\"rttMs\":0}", true)
                .join();
        JsonObject refused = replies.poll(20, TimeUnit.SECONDS);
        assertTrue(refused != null && refused.getString("field", "").equals("lossPercent"), "refused: " + refused);
        assertEquals(400, refused.getInt("status"));

        BlockingQueue<JsonObject> strangerReplies = new LinkedBlockingQueue<>();
        WebSocket stranger = api.socket("/callisto/phone", "agent2", collecting(strangerReplies));
        stranger.sendText(stats(call, 90, 900, 9000), true).join();
        JsonObject notTheirs = strangerReplies.poll(20, TimeUnit.SECONDS);
        assertTrue(notTheirs != null && notTheirs.getInt("status") == 404, "another agent's call: " + notTheirs);

        calls.act("agent1", call, "hangup");
        JsonObject record = calls.record(call, "ended");
        List<JsonObject> drops = record.getJsonArray("trajectory").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("step").equals("quality"))
                .toList();
        assertEquals(1, drops.size(), "turning poor is news once: " + record.getJsonArray("trajectory"));
        assertTrue(drops.get(0).getString("detail").startsWith("agent leg MOS "), drops.toString());
        double lowest = record.getJsonNumber("lowestMos").doubleValue();
        double mean = record.getJsonNumber("agentMos").doubleValue();
        assertTrue(lowest < poor + 0.01 && lowest < 3.5, "the lowest MOS is the worst report: " + record);
        assertTrue(mean > lowest && mean < clean, "the agent's MOS is the mean of the reports: " + record);
        assertTrue(absent(record, "customerMos"), "the customer's side reported nothing: " + record);
        phone.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        stranger.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    @Test
    void noReportMeansNoFigures() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = Calls.id(calls.arrive(group, "+8613500005555"));
        calls.act("agent1", call, "answer");
        JsonObject row = agentRow("agent1");
        assertNull(mosOf(row), "nothing measured yet: " + row);
        calls.act("agent1", call, "hangup");
        JsonObject record = calls.record(call, "ended");
        assertTrue(absent(record, "agentMos") && absent(record, "lowestMos"), record.toString());
        assertTrue(!Calls.steps(record).contains("quality"), record.toString());
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static String stats(long call, double loss, double jitter, double rtt) {
        return "{\"type\":\"stats\",\"call\":" + call + ",\"lossPercent\":" + loss + ",\"jitterMs\":" + jitter
                + ",\"rttMs\":" + rtt + "}";
    }

    private double awaitMos(String login, DoublePredicate wanted) {
        Reply live = api.await(
                Duration.ofSeconds(20),
                () -> api.get("supervisor", "/live"),
                r -> r.status() == 200 && mosOf(row(r, login)) != null && wanted.test(mosOf(row(r, login))));
        Double mos = mosOf(row(live, login));
        assertTrue(mos != null && wanted.test(mos), "the monitoring list shows " + login + "'s MOS: " + live.body());
        return mos;
    }

    private JsonObject agentRow(String login) {
        return row(api.get("supervisor", "/live"), login);
    }

    private static JsonObject row(Reply live, String login) {
        return live.json().getJsonArray("agents").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("login").equals(login))
                .findFirst()
                .orElseThrow();
    }

    private static Double mosOf(JsonObject row) {
        return absent(row, "mos") ? null : row.getJsonNumber("mos").doubleValue();
    }

    /** Keeps the phone's error replies (stats themselves are not answered). */
    private static WebSocket.Listener collecting(BlockingQueue<JsonObject> replies) {
        return new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    JsonObject m =
                            Json.createReader(new StringReader(text.toString())).readObject();
                    text.setLength(0);
                    if (m.getString("type", "").equals("error")) {
                        replies.add(m);
                    }
                }
                return WebSocket.Listener.super.onText(ws, data, last);
            }
        };
    }
}

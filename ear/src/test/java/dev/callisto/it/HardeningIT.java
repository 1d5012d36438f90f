package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What outside users broke: hostile bodies, racing creates, calls in progress, sockets left idle. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

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

    private static Reply assertProblem(int status, Reply reply, String... fields) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType(), reply.body());
        assertEquals(List.of(fields), reply.fields(), reply.body());
        return reply;
    }

    @Test
    void deeplyNestedOversizedAndForeignCharsetBodiesAreRefusedAtTheEdge() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertProblem(400, api.put("agent1", "/customers/+8613500001111/card", "{\"fields\":" + deep + "}"), "body");
        assertProblem(
                400,
                api.post("agent1", "/tickets", "{\"typeId\":1,\"subject\":\"x\",\"fields\":" + deep + "}"),
                "body");
        assertProblem(400, api.post("admin", "/ivr-flows/main/dry-run", "{\"lookups\":" + deep + "}"), "body");
        assertProblem(400, api.put("admin", "/live/thresholds", deep), "body");
        assertProblem(413, api.post("agent1", "/tickets", "{\"subject\":\"" + "x".repeat(1_100_000) + "\"}"), "body");
        assertProblem(
                415,
                api.typed("admin", "PUT", "/live/thresholds", "application/json; charset=ebcdic", "{}"),
                "Content-Type");
        assertProblem(
                415,
                api.typed("admin", "PUT", "/schedules/x", "application/json; charset=ebcdic", "{}"),
                "Content-Type");
        Reply nested = api.put("agent1", "/customers/+8613500001111/card", "{\"fields\":{\"a\":[[[1]]]}}");
        assertTrue(nested.status() < 500, "a modest nesting still reaches the resource: " + nested);
    }

    @Test
    void identicalCreatesAtTheSameMomentAnswerOneCreatedAndTheRestConflictsNamingTheField() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 6; round++) {
                String name = "race-" + UUID.randomUUID().toString().substring(0, 8);
                assertOneWins(pool, () -> api.post("admin", "/skill-groups", "{\"name\":\"" + name + "\"}"), "name");
                assertOneWins(
                        pool,
                        () -> api.post("admin", "/break-reasons", "{\"code\":\"" + name + "\",\"label\":\"Race\"}"),
                        "code");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWins(ExecutorService pool, Supplier<Reply> create, String field) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return create.get();
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Reply> f : replies) {
            Reply r = f.get(30, TimeUnit.SECONDS);
            if (r.status() == 201) {
                created++;
            } else {
                assertProblem(409, r, field);
            }
        }
        assertEquals(1, created, "exactly one of the identical creates wins");
    }

    @Test
    void anUnauthenticatedApiClientGetsProblemJsonWithTheChallenge() {
        HttpResponse<String> r = api.anonymous("/agents", "application/json");
        assertEquals(401, r.statusCode());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent(), "the challenge is kept");
        assertTrue(r.body().contains("\"status\":401"), r.body());
    }

    @Test
    void aScheduleTakesBackTheShapeGetGivesAndRefusesWhatItCannotRead() {
        String hours = "{\"zone\":\"Asia/Shanghai\",\"weekly\":{\"MON\":[[\"09:00\",\"18:00\"]]}}";
        assertEquals(200, api.put("admin", "/schedules/hardening-hours", hours).status());
        JsonObject view = api.get("admin", "/schedules").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("hardening-hours"))
                .findFirst()
                .orElseThrow();
        Reply back = api.put("admin", "/schedules/hardening-hours", view.toString());
        assertEquals(200, back.status(), back.body());
        assertEquals("Asia/Shanghai", back.json().getJsonObject("hours").getString("zone"), "stored flat, not nested");
        assertProblem(
                400,
                api.put("admin", "/schedules/hardening-hours", "{\"zone\":\"UTC\",\"opening\":{}}"),
                "hours.opening");
        assertProblem(400, api.put("admin", "/schedules/hardening-hours", "{\"weekly\":\"always\"}"), "hours.weekly");
        assertProblem(400, api.put("admin", "/schedules/other-name", view.toString()), "name");
    }

    @Test
    void aCustomerKeyThatIsAPathIsRefused() {
        assertProblem(400, api.put("agent1", "/customers/..%2F../card", "{\"name\":\"x\"}"), "customer");
        assertProblem(400, api.get("agent1", "/customers/..%2F..%2Fetc/history"), "customer");
        assertEquals(
                200,
                api.get("agent1", "/customers/+86%20138%200000%207777/card").status());
    }

    @Test
    void aCallInProgressLeavesTodayReadableAndWrongCommandsAreConflicts() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = Calls.id(calls.arrive(group, "+8613500002222"));
        assertEquals(200, api.get("supervisor", "/live/today").status(), "today's trends during a ringing call");
        calls.act("agent1", call, "answer");
        assertEquals(200, api.get("supervisor", "/live/today").status(), "today's trends during a talking call");
        assertProblem(409, api.post("agent1", "/calls/" + call + "/consult/end", null));
        assertProblem(409, api.post("admin", "/calls/" + call + "/connected", null));
        calls.act("agent1", call, "hangup");
    }

    @Test
    void supervisorsChangeOtherAgentsStatesAndAgentsDoNot() {
        long agent3 = calls.id("agent3");
        assertProblem(403, api.put("agent1", "/agents/" + agent3 + "/state", "{\"state\":\"IDLE\"}"));
        assertEquals(
                200,
                api.put("supervisor", "/agents/" + agent3 + "/state", "{\"state\":\"BUSY\"}")
                        .status());
        assertEquals("BUSY", calls.stateOf("agent3"));
        assertEquals(
                200,
                api.put("admin", "/agents/" + agent3 + "/state", "{\"state\":\"SIGNED_OUT\"}")
                        .status());
        Reply log = api.await(
                java.time.Duration.ofSeconds(20), () -> api.get("admin", "/events?agentId=" + agent3), r -> r.body()
                        .contains("\"cause\":\"supervisor\""));
        assertTrue(log.body().contains("\"cause\":\"supervisor\""), "the change names who made it: " + log.body());
    }

    @Test
    void afterCallWorkEndedByHandStillGivesTheRecordItsLength() throws Exception {
        long group = calls.group(60, 60, "agent2");
        calls.state("agent2", "IDLE");
        long call = Calls.id(calls.arrive(group, "+8613500003333"));
        calls.act("agent2", call, "answer");
        calls.act("agent2", call, "hangup");
        assertEquals("AFTER_CALL_WORK", calls.stateOf("agent2"));
        Thread.sleep(2_200);
        calls.state("agent2", "IDLE");
        JsonObject record = calls.record(call, "after-call-work-ended");
        assertTrue(record.getInt("afterCallWorkSeconds") >= 2, record.toString());
    }

    @Test
    void theServerPingsAnIdleLiveSocketAndCapsPhoneFrames() throws Exception {
        CompletableFuture<Boolean> pinged = new CompletableFuture<>();
        WebSocket live = api.socket("/callisto/live", "supervisor", new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
                pinged.complete(true);
                return WebSocket.Listener.super.onPing(ws, message);
            }
        });
        CompletableFuture<String> closed = new CompletableFuture<>();
        WebSocket phone = api.socket("/callisto/phone", "agent1", new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                closed.complete("closed " + status);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.complete("dropped"); // the server may abort the connection instead of closing it
            }
        });
        phone.sendText("{\"type\":\"chat\",\"text\":\"" + "x".repeat(200_000) + "\"}", true);
        String how = closed.get(20, TimeUnit.SECONDS);
        assertTrue(how.equals("dropped") || how.equals("closed 1009"), "a 200 kB frame ends the phone socket: " + how);
        assertTrue(pinged.get(30, TimeUnit.SECONDS), "a silent monitoring page is pinged");
        live.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}

package dev.callisto.it;

import static dev.callisto.it.Calls.id;
import static dev.callisto.it.Calls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Blacklist, survey, after-call work, supervision, refused commands and exports. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallFeaturesIT {

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
    void blacklistedCallerIsRefusedAndCounted() {
        long group = calls.group(60, 0, "agent1");
        assertEquals(
                201,
                api.post("supervisor", "/blacklist", "{\"caller\":\"+8613400000001\",\"reason\":\"abusive\"}")
                        .status());
        JsonObject call = calls.arrive(group, "+8613400000001");
        assertEquals("ENDED", call.getString("status"));
        assertEquals("BLACKLISTED", call.getString("result"));
        assertEquals("BLACKLISTED", calls.record(id(call), "ended").getString("result"));
        JsonObject entry = api.get("admin", "/blacklist").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("caller").equals("+8613400000001"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, entry.getInt("refusals"));

        assertEquals(
                201,
                api.post(
                                "admin",
                                "/blacklist",
                                "{\"caller\":\"+8613400000002\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}")
                        .status());
        assertEquals(
                "QUEUED", calls.arrive(group, "+8613400000002").getString("status"), "an expired entry refuses no one");
        assertFalse(api.get("globex-admin", "/blacklist").body().contains("+8613400000001"));
    }

    @Test
    void agentBlacklistsTheCurrentCallerInOneStep() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = id(calls.arrive(group, "+8613400000003"));
        calls.act("agent1", call, "answer");
        assertEquals(
                201,
                api.post("agent1", "/calls/" + call + "/blacklist", "{\"reason\":\"prank\"}")
                        .status());
        calls.act("agent1", call, "hangup");
        assertEquals("BLACKLISTED", calls.arrive(group, "+8613400000003").getString("result"));
    }

    @Test
    void surveyAfterTheAgentDropsRecordsTheScore() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = id(calls.arrive(group, "+8613400000004"));
        calls.act("agent1", call, "answer");
        assertEquals("SURVEY", calls.act("agent1", call, "survey").getString("status"));
        assertEquals("IDLE", calls.stateOf("agent1"), "the agent left the call");
        Reply bad = api.post("admin", "/calls/" + call + "/rating", "{\"score\":7}");
        assertEquals(400, bad.status());
        assertEquals(List.of("score"), bad.fields());
        assertEquals(
                "ENDED", calls.act("admin", call, "rating", "{\"score\":4}").getString("status"));
        JsonObject record = calls.record(call, "ended");
        assertEquals(4, record.getInt("satisfaction"));
        assertEquals("ANSWERED", record.getString("result"));
    }

    @Test
    void afterCallWorkEndsByItselfAndReachesTheRecord() {
        long group = calls.group(60, 2, "agent1");
        calls.state("agent1", "BUSY");
        calls.state("agent1", "IDLE");
        long call = id(calls.arrive(group, "+8613400000005"));
        calls.act("agent1", call, "answer");
        calls.act("agent1", call, "hangup");
        assertEquals("AFTER_CALL_WORK", calls.stateOf("agent1"));
        Reply back =
                api.await(Duration.ofSeconds(10), () -> api.get("admin", "/agents/" + calls.id("agent1")), r -> r.json()
                        .getString("state")
                        .equals("IDLE"));
        assertEquals("IDLE", back.json().getString("state"), "after-call work ended after its 2 s");
        JsonObject record = calls.record(call, "after-call-work-ended");
        assertTrue(record.getJsonNumber("afterCallWorkSeconds").longValue() >= 1, record.toString());

        long second = id(calls.arrive(group, "+8613400000006"));
        calls.act("agent1", second, "answer");
        calls.act("agent1", second, "hangup");
        long agent = calls.id("agent1");
        assertEquals(
                200,
                api.post("agent1", "/agents/" + agent + "/after-call-work/extend", "{\"seconds\":60}")
                        .status());
        assertEquals("AFTER_CALL_WORK", calls.stateOf("agent1"));
        assertEquals(
                "IDLE",
                api.post("agent1", "/agents/" + agent + "/after-call-work/finish", null)
                        .json()
                        .getString("state"));
    }

    @Test
    void supervisorListensWhispersBargesAndForceReleases() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = id(calls.arrive(group, "+8613400000007"));
        calls.act("agent1", call, "answer");
        assertEquals(
                403,
                api.post("agent2", "/calls/" + call + "/monitor", "{\"mode\":\"SUPERVISOR_LISTEN\"}")
                        .status());
        calls.act("supervisor", call, "monitor", "{\"mode\":\"SUPERVISOR_LISTEN\"}");
        calls.act("supervisor", call, "monitor", "{\"mode\":\"SUPERVISOR_WHISPER\"}");
        JsonObject barged = calls.act("supervisor", call, "monitor", "{\"mode\":\"SUPERVISOR_BARGE\"}");
        long supervisorLegs = barged.getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("role").startsWith("SUPERVISOR") && !l.containsKey("leftAt"))
                .count();
        assertEquals(1, supervisorLegs, "one leg, whose mode changed");
        assertEquals(
                400,
                api.post("supervisor", "/calls/" + call + "/monitor", "{\"mode\":\"AGENT\"}")
                        .status());
        assertEquals("ENDED", calls.act("supervisor", call, "force-release").getString("status"));
        assertEquals("IDLE", calls.stateOf("agent1"));
        JsonObject record = calls.record(call, "ended");
        assertEquals("SUPERVISOR", record.getString("hungUpBy"));
        assertTrue(
                steps(record).containsAll(List.of("monitor-listen", "monitor-whisper", "monitor-barge")),
                steps(record).toString());
    }

    @Test
    void wrapUpIsCheckedAgainstTheTenantsFieldsAndReachesTheRecord() {
        api.post(
                "admin",
                "/wrap-up-fields",
                "{\"key\":\"order\",\"label\":\"Order number\",\"type\":\"NUMBER\",\"required\":true}");
        api.post(
                "admin",
                "/wrap-up-fields",
                "{\"key\":\"outcome\",\"label\":\"Outcome\",\"type\":\"CHOICE\",\"choices\":[\"resolved\",\"escalated\"]}");
        assertEquals(
                List.of("choices"),
                api.post("admin", "/wrap-up-fields", "{\"key\":\"bad\",\"label\":\"Bad\",\"type\":\"CHOICE\"}")
                        .fields());
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = id(calls.arrive(group, "+8613400000010"));
        calls.act("agent1", call, "answer");
        assertEquals(
                List.of("summary.order"),
                api.post("agent1", "/calls/" + call + "/wrap-up", "{\"summary\":{\"outcome\":\"resolved\"}}")
                        .fields());
        assertEquals(
                List.of("summary.outcome"),
                api.post(
                                "agent1",
                                "/calls/" + call + "/wrap-up",
                                "{\"summary\":{\"order\":\"42\",\"outcome\":\"lost\"}}")
                        .fields());
        assertEquals(
                List.of("summary.colour"),
                api.post("agent1", "/calls/" + call + "/wrap-up", "{\"summary\":{\"order\":\"42\",\"colour\":\"red\"}}")
                        .fields());
        calls.act(
                "agent1",
                call,
                "wrap-up",
                "{\"tags\":[\"refund\",\"vip\"],\"notes\":\"wants a refund\",\"summary\":{\"order\":\"42\",\"outcome\":\"resolved\"}}");
        calls.act("agent1", call, "hangup");
        JsonObject wrapUp = calls.record(call, "ended").getJsonObject("wrapUp");
        assertEquals("wants a refund", wrapUp.getString("notes"));
        assertEquals("42", wrapUp.getJsonObject("summary").getString("order"));
        assertEquals(2, wrapUp.getJsonArray("tags").size());
    }

    @Test
    void verificationShowsTheAgentOnlyTheResult() {
        assertEquals(
                204,
                api.put("admin", "/verification-pins/+8613400000011", "{\"pin\":\"2468\"}")
                        .status());
        assertEquals(
                List.of("pin"),
                api.put("admin", "/verification-pins/+8613400000011", "{\"pin\":\"12\"}")
                        .fields());
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        long call = id(calls.arrive(group, "+8613400000011"));
        calls.act("agent1", call, "answer");
        assertEquals("VERIFYING", calls.act("agent1", call, "verification").getString("status"));
        assertEquals("HOLD", calls.stateOf("agent1"), "the agent is off the line while the PIN is keyed");
        JsonObject wrong = calls.act("admin", call, "verification/pin", "{\"pin\":\"1111\"}");
        assertEquals("TALKING", wrong.getString("status"));
        assertFalse(wrong.getBoolean("verified"));
        calls.act("agent1", call, "verification");
        JsonObject right = calls.act("admin", call, "verification/pin", "{\"pin\":\"2468\"}");
        assertTrue(right.getBoolean("verified"));
        assertEquals("TALKING", calls.stateOf("agent1"));
        assertFalse(
                api.get("agent1", "/calls/" + call).body().contains("2468"), "the PIN is nowhere the agent can see");
        calls.act("agent1", call, "hangup");
        assertFalse(calls.record(call, "ended").toString().contains("2468"));
    }

    @Test
    void illegalCommandsAreRefusedClearly() {
        long group = calls.group(60, 0, "agent3");
        long call = id(calls.arrive(group, "+8613400000008"));
        Reply notRinging = api.post("agent1", "/calls/" + call + "/answer", null);
        assertEquals(409, notRinging.status(), notRinging.body());
        assertEquals(403, api.post("agent1", "/calls/" + call + "/hold", null).status(), "agent1 is not on this call");
        assertEquals(403, api.get("agent1", "/calls/" + call).status());
        assertEquals(404, api.get("globex-admin", "/calls/" + call).status());
        assertEquals(
                List.of("channel"),
                api.post("admin", "/calls", "{\"channel\":\"FAX\",\"customer\":\"x\",\"skillGroupId\":" + group + "}")
                        .fields());
        assertEquals(
                List.of("number"),
                api.post("agent1", "/calls/outbound", "{\"number\":\"call mum\"}")
                        .fields());
        calls.act("admin", call, "customer-hangup");
        assertEquals(
                409,
                api.post("admin", "/calls/" + call + "/customer-hangup", null).status(),
                "already ended");
        calls.record(call, "ended");
        assertEquals(404, api.get("globex-admin", "/call-records/" + call).status());
        assertEquals(403, api.get("agent1", "/call-records/" + call).status(), "not one of agent1's calls");
    }

    @Test
    void searchesExportToCsvAndXlsxForSupervisorsOnly() throws Exception {
        long group = calls.group(60, 0, "agent2");
        calls.state("agent2", "IDLE");
        long call = id(calls.arrive(group, "+8613400000009"));
        calls.act("agent2", call, "answer");
        calls.act("agent2", call, "hangup");
        calls.record(call, "ended");
        assertEquals(
                1,
                api.get("agent2", "/call-records/recent").array().getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getJsonNumber("callId").longValue() == call)
                        .count());
        assertEquals(400, api.get("admin", "/call-records?sort=password").status());
        assertEquals(
                List.of("from"),
                api.get("admin", "/call-records?from=yesterday").fields());

        assertEquals(
                403,
                api.post("agent2", "/call-records/exports?format=csv", null).status());
        for (String format : List.of("csv", "xlsx")) {
            Reply started =
                    api.post("supervisor", "/call-records/exports?format=" + format + "&customer=8613400000009", null);
            assertEquals(202, started.status(), started.body());
            long job = started.json().getJsonNumber("id").longValue();
            Reply done = api.await(Duration.ofSeconds(20), () -> api.get("supervisor", "/exports/" + job), r -> r.json()
                    .getString("status")
                    .equals("DONE"));
            assertEquals(100, done.json().getInt("percent"), done.body());
            Reply file = api.get("supervisor", "/exports/" + job + "/file");
            assertEquals(200, file.status());
            if (format.equals("csv")) {
                assertTrue(
                        file.body().contains("call id,customer") && file.body().contains("+8613400000009"),
                        file.body());
            } else {
                assertTrue(file.body().startsWith("PK"), "an .xlsx is a zip");
            }
            assertEquals(403, api.get("agent2", "/exports/" + job + "/file").status());
            assertEquals(404, api.get("globex-admin", "/exports/" + job).status());
        }
    }
}

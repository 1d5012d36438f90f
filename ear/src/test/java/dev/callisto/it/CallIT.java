package dev.callisto.it;

import static dev.callisto.it.Calls.id;
import static dev.callisto.it.Calls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Complete calls driven through the API, each leaving exactly one call record with the right story. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallIT {

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
    void inboundAnsweredHeldAndBlindTransferredToAnotherGroup() {
        long sales = calls.group(60, 0, "agent1");
        long support = calls.group(60, 0, "agent2");
        calls.state("agent1", "IDLE");
        calls.state("agent2", "IDLE");
        long call = id(calls.arrive(sales, "+8613600000001"));
        assertEquals("RINGING", calls.call(call).getString("status"));
        assertEquals("TALKING", calls.act("agent1", call, "answer").getString("status"));
        assertEquals("HOLD", calls.act("agent1", call, "hold").getString("status"));
        assertEquals("HOLD", calls.stateOf("agent1"));
        assertEquals("TALKING", calls.act("agent1", call, "resume").getString("status"));
        JsonObject transferred = calls.act("agent1", call, "transfer", "{\"skillGroupId\":" + support + "}");
        assertEquals(
                "RINGING", transferred.getString("status"), "offered at once to the idle agent of the other group");
        assertEquals("RINGING", calls.stateOf("agent2"));
        assertEquals("IDLE", calls.stateOf("agent1"), "no after-call work in Sales: back to idle");
        calls.act("agent2", call, "answer");
        assertEquals("ENDED", calls.act("agent2", call, "hangup").getString("status"));

        JsonObject record = calls.record(call, "ended");
        assertEquals("ANSWERED", record.getString("result"));
        assertEquals("AGENT", record.getString("hungUpBy"));
        assertEquals(
                List.of(calls.id("agent1"), calls.id("agent2")),
                record.getJsonArray("agentIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(n -> n.longValue())
                        .toList());
        List<String> steps = steps(record);
        assertEquals(
                List.of(
                        "arrived",
                        "queued",
                        "offered",
                        "answered",
                        "held",
                        "resumed",
                        "transferred",
                        "queued",
                        "offered",
                        "answered",
                        "ended"),
                steps);
        assertEquals(
                1,
                api.get("admin", "/call-records?customer=8613600000001").json().getInt("total"),
                "exactly one record");
        assertEquals("IDLE", calls.stateOf("agent2"));
    }

    @Test
    void consultThenConferenceThenHangUp() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        calls.state("agent2", "IDLE");
        long call = id(calls.arrive(group, "+8613600000002"));
        calls.act("agent1", call, "answer");
        JsonObject consulting = calls.act("agent1", call, "consult", "{\"agentId\":" + calls.id("agent2") + "}");
        assertEquals("CONSULTING", consulting.getString("status"));
        assertEquals("CONSULTING", calls.stateOf("agent1"));
        assertEquals("RINGING", calls.stateOf("agent2"));
        calls.act("agent2", call, "consult/answer");
        assertEquals("TALKING", calls.stateOf("agent2"));
        assertEquals(
                "CONFERENCE", calls.act("agent1", call, "consult/conference").getString("status"));
        assertEquals("TALKING", calls.stateOf("agent1"));
        calls.act("agent1", call, "hangup");
        assertEquals("IDLE", calls.stateOf("agent1"));
        assertEquals("IDLE", calls.stateOf("agent2"));

        JsonObject record = calls.record(call, "ended");
        assertEquals("ANSWERED", record.getString("result"));
        assertTrue(
                steps(record).containsAll(List.of("consult-started", "consult-answered", "conference-started")),
                steps(record).toString());
        assertEquals(2, record.getJsonArray("agentIds").size());
    }

    @Test
    void consultTransferHandsTheCustomerToTheColleague() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        calls.state("agent2", "IDLE");
        long call = id(calls.arrive(group, "+8613600000003"));
        calls.act("agent1", call, "answer");
        calls.act("agent1", call, "consult", "{\"agentId\":" + calls.id("agent2") + "}");
        calls.act("agent2", call, "consult/answer");
        JsonObject after = calls.act("agent1", call, "consult/transfer");
        assertEquals("TALKING", after.getString("status"));
        assertEquals(calls.id("agent2"), after.getJsonNumber("agentId").longValue());
        assertEquals("IDLE", calls.stateOf("agent1"));
        calls.act("admin", call, "customer-hangup");
        assertEquals("IDLE", calls.stateOf("agent2"));
        assertEquals("CUSTOMER", calls.record(call, "ended").getString("hungUpBy"));
    }

    @Test
    void transferWaitsForTheColleagueWhoCanThenSendTheCallOn() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        calls.state("agent2", "IDLE");
        long call = id(calls.arrive(group, "+8613600000006"));
        calls.act("agent1", call, "answer");
        calls.act("agent1", call, "consult", "{\"agentId\":" + calls.id("agent2") + "}");
        assertEquals(
                409,
                api.post("agent1", "/calls/" + call + "/consult/transfer", null).status(),
                "agent2 still ringing");
        assertEquals("RINGING", calls.stateOf("agent2"));
        calls.act("agent2", call, "consult/answer");
        calls.act("agent1", call, "consult/transfer");
        assertEquals(
                "SURVEY",
                calls.act("agent2", call, "survey").getString("status"),
                "the colleague leaves it to the survey");
        assertEquals("IDLE", calls.stateOf("agent2"));
        calls.act("admin", call, "rating", "{\"score\":5}");
        assertEquals(5, calls.record(call, "ended").getInt("satisfaction"));
    }

    @Test
    void abandonedInQueueIsAMissedCallThatAnAgentCallsBack() {
        long group = calls.group(60, 0, "agent3");
        long call = id(calls.arrive(group, "+8613600000004"));
        assertEquals("QUEUED", calls.call(call).getString("status"));
        assertEquals("ENDED", calls.act("admin", call, "customer-hangup").getString("status"));
        JsonObject record = calls.record(call, "ended");
        assertEquals("ABANDONED_IN_QUEUE", record.getString("result"));
        assertEquals(
                1,
                api.get("admin", "/call-records?missed=true&customer=8613600000004")
                        .json()
                        .getInt("total"));

        calls.state("agent3", "IDLE");
        var back = api.post("agent3", "/calls/" + call + "/callback", null);
        assertEquals(201, back.status(), back.body());
        long callback = id(back.json());
        assertEquals("CALLBACK", back.json().getString("direction"));
        assertEquals("OUTBOUND_DIALING", calls.stateOf("agent3"));
        calls.act("admin", callback, "connected");
        assertEquals("TALKING", calls.stateOf("agent3"));
        calls.act("agent3", callback, "hangup");
        assertEquals("IDLE", calls.stateOf("agent3"), "back to where the call found the agent");
        assertEquals("ANSWERED", calls.record(callback, "ended").getString("result"));
        var missed = api.await(
                Duration.ofSeconds(10),
                () -> api.get("admin", "/call-records?missed=true&customer=8613600000004"),
                r -> r.json().getInt("total") == 0);
        assertEquals(0, missed.json().getInt("total"), "called back: no longer missed");
    }

    @Test
    void ringNoAnswerIsReofferedAndRecorded() {
        long group = calls.group(2, 0, "agent1", "agent2");
        calls.state("agent1", "IDLE");
        calls.state("agent2", "IDLE");
        long call = id(calls.arrive(group, "+8613600000005"));
        var reoffered = api.await(
                Duration.ofSeconds(15),
                () -> api.get("admin", "/calls/" + call),
                r -> r.body().contains("\"ring-no-answer\"")
                        && r.json().getString("status").equals("RINGING"));
        assertTrue(reoffered.body().contains("\"ring-no-answer\""), reoffered.body());
        String second = calls.stateOf("agent1").equals("RINGING") ? "agent1" : "agent2";
        calls.act(second, call, "answer");
        calls.act(second, call, "hangup");
        JsonObject record = calls.record(call, "ended");
        assertEquals("ANSWERED", record.getString("result"));
        assertTrue(steps(record).contains("ring-no-answer"));
        assertTrue(record.getJsonNumber("ringSeconds").longValue() >= 2, record.toString());
    }

    @Test
    void aContactPlanShowsWhenDueAndIsDialledOnce() {
        calls.state("agent1", "BUSY");
        String past = java.time.Instant.now().minusSeconds(60).toString();
        String later = java.time.Instant.now().plusSeconds(3600).toString();
        assertEquals(
                List.of("customer"),
                api.post("agent1", "/callback-plans", "{\"customer\":\"v-visitor\",\"dueAt\":\"" + past + "\"}")
                        .fields(),
                "a callback needs a phone number");
        assertEquals(
                List.of("dueAt"),
                api.post("agent1", "/callback-plans", "{\"customer\":\"+8613500000077\"}")
                        .fields());
        var due = api.post(
                "agent1",
                "/callback-plans",
                "{\"customer\":\"+8613500000077\",\"dueAt\":\"" + past + "\",\"note\":\"wants the refund status\"}");
        assertEquals(201, due.status(), due.body());
        long plan = id(due.json());
        var notYet =
                api.post("agent1", "/callback-plans", "{\"customer\":\"+8613500000078\",\"dueAt\":\"" + later + "\"}");
        long later1 = id(notYet.json());

        String dueNow = api.get("agent1", "/callback-plans?due=true").body();
        assertTrue(dueNow.contains("+8613500000077") && !dueNow.contains("+8613500000078"), dueNow);
        assertTrue(api.get("agent1", "/callback-plans").body().contains("+8613500000078"), "all open plans");
        assertEquals("[]", api.get("agent2", "/callback-plans").body(), "an agent sees their own plans only");

        var dialled = api.post("agent1", "/callback-plans/" + plan + "/dial", null);
        assertEquals(201, dialled.status(), dialled.body());
        long call = id(dialled.json());
        assertEquals("OUTBOUND_DIALING", calls.stateOf("agent1"));
        assertEquals(
                409,
                api.post("agent1", "/callback-plans/" + plan + "/dial", null).status(),
                "dialled once");
        calls.act("admin", call, "failed");
        assertFalse(
                api.get("agent1", "/callback-plans").body().contains("+8613500000077"), "done plans leave the list");
        assertEquals(204, api.delete("agent1", "/callback-plans/" + later1).status());
        calls.state("agent1", "SIGNED_OUT");
    }

    @Test
    void outboundCallsFailOrConnectAndReturnTheAgentToWhereTheyWere() {
        calls.state("agent1", "BUSY");
        var dialled = api.post("agent1", "/calls/outbound", "{\"number\":\"+8613500000001\"}");
        assertEquals(201, dialled.status(), dialled.body());
        long call = id(dialled.json());
        assertEquals("OUTBOUND_DIALING", calls.stateOf("agent1"));
        calls.act("admin", call, "failed");
        assertEquals("BUSY", calls.stateOf("agent1"));
        assertEquals("NO_ANSWER", calls.record(call, "ended").getString("result"));

        calls.state("agent2", "IDLE");
        var clicked = api.post(
                "admin",
                "/calls/click-to-call",
                "{\"agentId\":" + calls.id("agent2") + ",\"number\":\"+8613500000002\"}");
        assertEquals(201, clicked.status(), clicked.body());
        long crmCall = id(clicked.json());
        calls.act("admin", crmCall, "connected");
        calls.act("agent2", crmCall, "hangup");
        JsonObject record = calls.record(crmCall, "ended");
        assertEquals("OUTBOUND", record.getString("direction"));
        assertEquals("ANSWERED", record.getString("result"));
        assertFalse(api.get("admin", "/call-records?missed=true").body().contains("+8613500000002"));
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contacts queue, get offered to the right agent, ring out to the next one, get abandoned, overflow. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoutingIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    private long group(String routing, String... agents) {
        Reply created = api.post("admin", "/skill-groups", "{\"name\":\"route-" + UUID.randomUUID() + "\"}");
        long id = created.json().getJsonNumber("id").longValue();
        Reply rules = api.put("admin", "/skill-groups/" + id + "/routing", routing);
        assertEquals(200, rules.status(), rules.body());
        for (String login : agents) {
            api.put("admin", "/skill-groups/" + id + "/members/" + api.agentId("admin", login), "{\"level\":3}");
        }
        return id;
    }

    private void state(String login, String state) {
        api.put(login, "/agents/" + api.agentId("admin", login) + "/state", "{\"state\":\"" + state + "\"}");
    }

    private String stateOf(String login) {
        return api.get("admin", "/agents/" + api.agentId("admin", login)).json().getString("state");
    }

    private JsonObject queue(long group, String customer) {
        Reply r = api.post(
                "admin",
                "/contacts",
                "{\"skillGroupId\":" + group + ",\"kind\":\"CALL\",\"customer\":\"" + customer + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private JsonObject contact(long id) {
        return api.get("admin", "/contacts/" + id).json();
    }

    private static List<String> trace(JsonObject contact) {
        return contact.getJsonArray("trace").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("type") + (s.containsKey("agentId") ? ":" + s.getJsonNumber("agentId") : ""))
                .toList();
    }

    @AfterEach
    void signOut() {
        for (String login : List.of("agent1", "agent2", "agent3")) {
            state(login, "SIGNED_OUT");
        }
    }

    @Test
    void idleAgentIsOfferedTheContactAcceptsAndCompletesIt() {
        long group = group("{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":60}", "agent1");
        long agent1 = api.agentId("admin", "agent1");
        state("agent1", "IDLE");
        JsonObject contact = queue(group, "+8613900000001");
        long id = contact.getJsonNumber("id").longValue();
        assertEquals("OFFERED", contact.getString("status"));
        assertEquals(agent1, contact.getJsonNumber("agentId").longValue());
        assertEquals("RINGING", stateOf("agent1"));
        assertTrue(
                api.get("agent1", "/contacts?status=OFFERED").body().contains("\"id\":" + id),
                "the agent sees the offer");

        assertEquals(
                "ANSWERED",
                api.post("agent1", "/contacts/" + id + "/accept", null).json().getString("status"));
        assertEquals("TALKING", stateOf("agent1"));
        assertEquals(
                "COMPLETED",
                api.post("agent1", "/contacts/" + id + "/complete", null).json().getString("status"));
        assertEquals("IDLE", stateOf("agent1"), "no after-call work in this group: back to idle");

        JsonObject done = contact(id);
        assertEquals(List.of("queued", "offered:" + agent1, "accepted:" + agent1, "completed:" + agent1), trace(done));
        String why = done.getJsonArray("trace").getJsonObject(1).getString("detail");
        assertTrue(why.startsWith("longest idle") && why.contains("Candidates: agent " + agent1), why);

        Reply events = api.await(
                Duration.ofSeconds(20), () -> api.get("admin", "/events?type=contact.completed&size=50"), r -> r.body()
                        .contains("\"contactId\":" + id));
        assertTrue(events.body().contains("\"contactId\":" + id), events.body());
    }

    @Test
    void ringTimeoutOffersTheContactToTheNextAgentAndSetsTheMissingOneBusy() throws Exception {
        long group =
                group("{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":2,\"missGoesBusy\":true}", "agent1", "agent2");
        long agent1 = api.agentId("admin", "agent1");
        long agent2 = api.agentId("admin", "agent2");
        state("agent2", "IDLE");
        Thread.sleep(50);
        state("agent1", "IDLE");
        JsonObject contact = queue(group, "+8613900000002");
        long id = contact.getJsonNumber("id").longValue();
        assertEquals(agent2, contact.getJsonNumber("agentId").longValue(), "agent2 has been idle longest");

        Reply reoffered = api.await(
                Duration.ofSeconds(15),
                () -> api.get("admin", "/contacts/" + id),
                r -> r.json().containsKey("agentId")
                        && r.json().getJsonNumber("agentId").longValue() == agent1);
        assertEquals(
                List.of("queued", "offered:" + agent2, "offer-timed-out:" + agent2, "offered:" + agent1),
                trace(reoffered.json()));
        assertEquals("BUSY", stateOf("agent2"), "the agent who let it ring out is set to busy");
        assertEquals(
                "ANSWERED",
                api.post("agent1", "/contacts/" + id + "/accept", null).json().getString("status"));
        assertEquals(
                409, api.post("agent2", "/contacts/" + id + "/accept", null).status(), "no longer offered to agent2");
        api.post("agent1", "/contacts/" + id + "/complete", null);
    }

    @Test
    void rejectedOfferGoesToTheNextAgentAndTheRejecterStaysReady() throws Exception {
        long group = group("{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":60}", "agent1", "agent2");
        long agent1 = api.agentId("admin", "agent1");
        state("agent1", "IDLE");
        Thread.sleep(50);
        state("agent2", "IDLE");
        long id = queue(group, "+8613900000003").getJsonNumber("id").longValue();
        assertEquals(
                200, api.post("agent1", "/contacts/" + id + "/reject", null).status());
        JsonObject after = contact(id);
        assertEquals("OFFERED", after.getString("status"));
        assertEquals(
                api.agentId("admin", "agent2"), after.getJsonNumber("agentId").longValue());
        assertEquals("IDLE", stateOf("agent1"));
        assertTrue(
                trace(after).contains("offer-rejected:" + agent1), trace(after).toString());
        api.post("admin", "/contacts/" + id + "/abandon", null);
    }

    @Test
    void customerWhoHangsUpLeavesNoAgentRinging() {
        long group = group("{\"strategy\":\"FEWEST_CALLS\",\"ringSeconds\":60}", "agent3");
        JsonObject waiting = queue(group, "+8613900000004");
        assertEquals("WAITING", waiting.getString("status"));
        assertEquals(1, waiting.getInt("position"));
        assertTrue(waiting.containsKey("estimatedWaitSeconds"));
        long first = waiting.getJsonNumber("id").longValue();
        assertEquals(
                "ABANDONED",
                api.post("admin", "/contacts/" + first + "/abandon", null)
                        .json()
                        .getString("status"));

        state("agent3", "IDLE");
        long second = queue(group, "+8613900000005").getJsonNumber("id").longValue();
        assertEquals("RINGING", stateOf("agent3"));
        assertEquals(
                "ABANDONED",
                api.post("admin", "/contacts/" + second + "/abandon", null)
                        .json()
                        .getString("status"));
        assertEquals("IDLE", stateOf("agent3"), "the offer was withdrawn");
        assertEquals(
                List.of(
                        "queued",
                        "offered:" + api.agentId("admin", "agent3"),
                        "offer-withdrawn:" + api.agentId("admin", "agent3"),
                        "abandoned:" + api.agentId("admin", "agent3")),
                trace(contact(second)));
    }

    @Test
    void queuesOverflowByWaitAndByLengthAndTimeOut() {
        long target = group("{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":30}");
        long source = group("{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":30,\"maxWaitSeconds\":1,\"maxWaiting\":1,"
                + "\"overflowAction\":\"SKILL_GROUP\",\"overflowTargetGroupId\":" + target + "}");
        long waited = queue(source, "+8613900000006").getJsonNumber("id").longValue();
        JsonObject full = queue(source, "+8613900000007");
        assertEquals(target, full.getJsonNumber("skillGroupId").longValue(), "queue full: overflowed on arrival");
        Reply moved = api.await(
                Duration.ofSeconds(10),
                () -> api.get("admin", "/contacts/" + waited),
                r -> r.json().getJsonNumber("skillGroupId").longValue() == target);
        assertEquals("WAITING", moved.json().getString("status"));
        assertTrue(trace(moved.json()).contains("overflowed"), moved.body());

        long hangup = group(
                "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":30,\"maxWaitSeconds\":1,\"overflowAction\":\"HANGUP\"}");
        long id = queue(hangup, "+8613900000008").getJsonNumber("id").longValue();
        Reply timedOut = api.await(Duration.ofSeconds(10), () -> api.get("admin", "/contacts/" + id), r -> r.json()
                .getString("status")
                .equals("TIMED_OUT"));
        assertEquals("TIMED_OUT", timedOut.json().getString("status"), timedOut.body());
        api.post("admin", "/contacts/" + waited + "/abandon", null);
        api.post("admin", "/contacts/" + full.getJsonNumber("id") + "/abandon", null);
    }

    @Test
    void badRoutingInputAndOtherTenantsAreRefused() {
        long group = group("{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":30}");
        Reply noTarget = api.put(
                "admin",
                "/skill-groups/" + group + "/routing",
                "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":30,\"overflowAction\":\"SKILL_GROUP\"}");
        assertEquals(400, noTarget.status(), noTarget.body());
        assertEquals(List.of("overflowTargetGroupId"), noTarget.fields());
        assertEquals(
                List.of("strategy"),
                api.put("admin", "/skill-groups/" + group + "/routing", "{\"strategy\":\"PSYCHIC\",\"ringSeconds\":30}")
                        .fields());
        assertEquals(
                List.of("ringSeconds"),
                api.put("admin", "/skill-groups/" + group + "/routing", "{\"strategy\":\"RANDOM\",\"ringSeconds\":0}")
                        .fields());
        assertEquals(
                List.of("kind"),
                api.post("admin", "/contacts", "{\"skillGroupId\":" + group + ",\"kind\":\"FAX\"}")
                        .fields());
        assertEquals(
                List.of("priority"),
                api.post("admin", "/contacts", "{\"skillGroupId\":" + group + ",\"kind\":\"CALL\",\"priority\":12}")
                        .fields());
        assertEquals(
                404,
                api.post("admin", "/contacts", "{\"skillGroupId\":987654321,\"kind\":\"CALL\"}")
                        .status());

        long id = queue(group, "+8613900000009").getJsonNumber("id").longValue();
        assertEquals(404, api.get("globex-admin", "/contacts/" + id).status());
        assertEquals(
                404,
                api.post("globex-admin", "/contacts/" + id + "/abandon", null).status());
        assertEquals(
                404,
                api.post("globex-admin", "/contacts", "{\"skillGroupId\":" + group + ",\"kind\":\"CALL\"}")
                        .status());
        assertEquals(
                0,
                api.get("globex-admin", "/contacts?skillGroupId=" + group)
                        .json()
                        .getInt("total"));
        assertEquals(403, api.get("agent1", "/contacts/" + id).status(), "not offered to this agent");
        assertEquals(
                403,
                api.post("agent1", "/contacts", "{\"skillGroupId\":" + group + ",\"kind\":\"CALL\"}")
                        .status());
        api.post("admin", "/contacts/" + id + "/abandon", null);
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An agent drives their own state through the API; every change lands in the event log. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentPresenceIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    private Reply change(String user, long agentId, String body) {
        return api.put(user, "/agents/" + agentId + "/state", body);
    }

    @Test
    void agentGoesIdleBusyBreakIdleAndEachChangeIsInTheEventLog() {
        long id = api.agentId("admin", "agent1");
        String events = "/events?type=agent.state-changed&size=4&agentId=" + id;
        int before = api.get("supervisor", events).json().getInt("total");
        assertEquals("IDLE", change("agent1", id, "{\"state\":\"IDLE\"}").json().getString("state"));
        assertEquals("BUSY", change("agent1", id, "{\"state\":\"BUSY\"}").json().getString("state"));
        JsonObject onBreak = change("agent1", id, "{\"state\":\"BREAK\",\"breakReason\":\"meal\"}")
                .json();
        assertEquals("BREAK", onBreak.getString("state"));
        assertEquals("meal", onBreak.getString("breakReason"));
        assertEquals("IDLE", change("agent1", id, "{\"state\":\"IDLE\"}").json().getString("state"));

        // Newest first; the log is written by a consumer of the events, so it may lag a moment.
        List<String> expected = List.of("BREAK>IDLE", "BUSY>BREAK", "IDLE>BUSY", "SIGNED_OUT>IDLE");
        Reply log = api.await(
                Duration.ofSeconds(20),
                () -> api.get("supervisor", events),
                r -> r.json().getInt("total") >= before + 4 && moves(r).equals(expected));
        assertEquals(expected, moves(log), log.body());
        JsonObject breakEvent =
                log.json().getJsonArray("items").getJsonObject(1).getJsonObject("event");
        assertEquals("meal", breakEvent.getString("breakReason"));
        assertEquals("agent", breakEvent.getString("cause"));

        JsonObject today =
                api.get("agent1", "/agents/" + id + "/time-in-states").json();
        assertTrue(
                today.containsKey("IDLE") && today.containsKey("BUSY") && today.containsKey("BREAK"), today.toString());
        assertTrue(api.get("agent1", "/agents/" + id + "/state-log").array().size() >= 4);
    }

    private static List<String> moves(Reply log) {
        return log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("event"))
                .map(e -> e.getString("from") + ">" + e.getString("to"))
                .toList();
    }

    @Test
    void illegalMoveIsRefusedWithAProblemAndChangesNothing() {
        long id = api.agentId("admin", "agent3");
        Reply refused = change("agent3", id, "{\"state\":\"BREAK\",\"breakReason\":\"rest\"}");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.json().getString("detail").contains("SIGNED_OUT to BREAK"), refused.body());
        assertEquals(
                "SIGNED_OUT",
                api.get("agent3", "/agents/" + id + "/state").json().getString("state"));

        Reply byHand = change("agent3", id, "{\"state\":\"TALKING\"}");
        assertEquals(400, byHand.status(), byHand.body());
        assertEquals(List.of("state"), byHand.fields());
    }

    @Test
    void signingInCanGoStraightToBusy() {
        long id = api.agentId("admin", "agent2");
        assertEquals("BUSY", change("agent2", id, "{\"state\":\"BUSY\"}").json().getString("state"));
        assertEquals(
                "SIGNED_OUT",
                change("agent2", id, "{\"state\":\"SIGNED_OUT\"}").json().getString("state"));
    }

    @Test
    void agentMayNotChangeAColleagueButASupervisorMay() {
        long colleague = api.agentId("admin", "agent2");
        assertEquals(403, change("agent1", colleague, "{\"state\":\"IDLE\"}").status());
        assertEquals(403, api.get("agent1", "/agents/" + colleague).status());
        Reply bySupervisor = change("supervisor", colleague, "{\"state\":\"BUSY\"}");
        assertEquals(200, bySupervisor.status(), bySupervisor.body());
        Reply log = api.await(
                Duration.ofSeconds(20),
                () -> api.get("supervisor", "/events?agentId=" + colleague + "&size=1"),
                r -> r.json().getInt("total") > 0 && r.body().contains("\"cause\":\"supervisor\""));
        assertTrue(log.body().contains("\"cause\":\"supervisor\""), log.body());
        change("supervisor", colleague, "{\"state\":\"SIGNED_OUT\"}");
    }
}

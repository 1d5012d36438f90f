package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The globex admin sees and touches nothing of acme, resource by resource. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private static final String OTHER = "globex-admin";
    private final Api api = new Api();

    private long acmeGroup(String name) {
        return api.get("admin", "/skill-groups?q=" + name)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static void assertNotFound(Reply reply) {
        assertEquals(404, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void agentsOfAnotherTenantAreInvisibleAndUntouchable() {
        long acmeAgent = api.agentId("admin", "agent1");
        String list = api.get(OTHER, "/agents?size=200").body();
        assertTrue(list.contains("globex-agent"), list);
        assertFalse(list.contains("agent1") || list.contains("Alice"), list);
        assertEquals(0, api.get(OTHER, "/agents?q=agent1").json().getInt("total"));

        assertNotFound(api.get(OTHER, "/agents/" + acmeAgent));
        assertNotFound(api.get(OTHER, "/agents/" + acmeAgent + "/state"));
        assertNotFound(api.get(OTHER, "/agents/" + acmeAgent + "/state-log"));
        assertNotFound(api.put(OTHER, "/agents/" + acmeAgent + "/state", "{\"state\":\"IDLE\"}"));
        assertNotFound(api.put(
                OTHER,
                "/agents/" + acmeAgent,
                "{\"login\":\"agent1\",\"displayName\":\"Hijacked\",\"answerMode\":\"SIP_PHONE\"}"));
        assertNotFound(api.delete(OTHER, "/agents/" + acmeAgent));
        assertEquals(
                "Alice Agent", api.get("admin", "/agents/" + acmeAgent).json().getString("displayName"));
    }

    @Test
    void aLoginOfAnotherTenantCannotBeTakenOver() {
        Reply taken = api.post(
                OTHER, "/agents", "{\"login\":\"agent2\",\"displayName\":\"Impostor\",\"answerMode\":\"MOBILE\"}");
        assertEquals(409, taken.status(), taken.body());
    }

    @Test
    void skillGroupsAndMembershipsOfAnotherTenantAreInvisibleAndUntouchable() {
        long sales = acmeGroup("Sales");
        long acmeAgent = api.agentId("admin", "agent1");
        String list = api.get(OTHER, "/skill-groups").body();
        assertTrue(list.contains("Billing"), list);
        assertFalse(list.contains("Sales") || list.contains("Support"), list);
        assertNotFound(api.get(OTHER, "/skill-groups/" + sales));
        assertNotFound(api.get(OTHER, "/skill-groups/" + sales + "/members"));
        assertNotFound(api.put(OTHER, "/skill-groups/" + sales, "{\"name\":\"Mine now\"}"));
        assertNotFound(api.put(OTHER, "/skill-groups/" + sales + "/members/" + acmeAgent, "{\"level\":5}"));
        assertNotFound(api.delete(OTHER, "/skill-groups/" + sales + "/members/" + acmeAgent));
        assertNotFound(api.delete(OTHER, "/skill-groups/" + sales));

        long billing = api.get(OTHER, "/skill-groups?q=Billing")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertNotFound(api.put(OTHER, "/skill-groups/" + billing + "/members/" + acmeAgent, "{\"level\":5}"));
        assertEquals(
                2,
                api.get("admin", "/skill-groups/" + sales + "/members").array().size());
    }

    @Test
    void breakReasonsOfAnotherTenantAreInvisibleAndUntouchable() {
        api.post("admin", "/break-reasons", "{\"code\":\"acme-only\",\"label\":\"Acme only\"}");
        JsonObject acmeReason = api.get("admin", "/break-reasons").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals("acme-only"))
                .findFirst()
                .orElseThrow();
        assertFalse(api.get(OTHER, "/break-reasons").body().contains("acme-only"));
        assertNotFound(api.put(
                OTHER,
                "/break-reasons/" + acmeReason.getJsonNumber("id").longValue(),
                "{\"code\":\"acme-only\",\"label\":\"x\",\"active\":false}"));
    }

    @Test
    void eventsOfAnotherTenantAreInvisible() {
        long acmeAgent = api.agentId("admin", "agent3");
        api.put("admin", "/agents/" + acmeAgent + "/state", "{\"state\":\"BUSY\"}");
        api.put("admin", "/agents/" + acmeAgent + "/state", "{\"state\":\"SIGNED_OUT\"}");
        Reply acmeLog = api.await(
                Duration.ofSeconds(20),
                () -> api.get("admin", "/events?agentId=" + acmeAgent),
                r -> r.json().getInt("total") >= 2);
        assertTrue(acmeLog.json().getInt("total") >= 2, acmeLog.body());
        assertEquals(0, api.get(OTHER, "/events?agentId=" + acmeAgent).json().getInt("total"));
        assertFalse(api.get(OTHER, "/events?size=200").body().contains("\"agentLogin\":\"agent3\""));
    }
}

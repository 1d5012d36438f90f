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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log: who changed what, when and from where; admins of the tenant only; exportable. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    private List<JsonObject> entries(String user, String query) {
        return api.get(user, "/audit?size=200&" + query)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void configurationChangesAreLoggedWithWhoWhenWhatAndFromWhere() {
        String number = "+86199" + (System.nanoTime() % 100_000_000L);
        Reply added = api.post("supervisor", "/blacklist", "{\"caller\":\"" + number + "\",\"reason\":\"abuse\"}");
        assertEquals(201, added.status(), added.body());
        api.delete("admin", "/blacklist/" + added.json().getJsonNumber("id").longValue());
        String schedule = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                200,
                api.send("admin", "PUT", "/schedules/" + schedule, "{\"zone\":\"UTC\",\"weekly\":{}}")
                        .status());
        assertEquals(
                400,
                api.send("admin", "PUT", "/schedules/" + schedule, "{\"zone\":\"Mars/Base\"}")
                        .status());

        List<JsonObject> blacklist = entries("admin", "action=blacklist.");
        JsonObject add = blacklist.stream()
                .filter(e -> e.getString("action").equals("blacklist.add")
                        && e.getString("target").contains(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no blacklist.add for " + number + " in " + blacklist));
        assertEquals("supervisor", add.getString("actor"));
        assertTrue(add.getString("origin").contains("127.0.0.1"), add.toString());
        assertTrue(blacklist.stream()
                .anyMatch(e -> e.getString("action").equals("blacklist.remove")
                        && e.getString("actor").equals("admin")));
        assertEquals(
                1,
                entries("admin", "action=schedule.put").stream()
                        .filter(e -> e.getString("target").contains(schedule))
                        .count(),
                "the refused change is not in the log");
    }

    @Test
    void aPageSessionIsAuditedAsASignIn() {
        assertEquals(200, api.get("agent3", "//callisto/").status());
        assertTrue(entries("admin", "action=sign-in&actor=agent3").size() >= 1, "the page sign-in is in the audit log");
    }

    @Test
    void onlyTheTenantsAdminsReadItAndItExports() {
        api.post("admin", "/visitor-tokens", "{\"customer\":\"audit-probe\"}");
        assertEquals(403, api.get("agent1", "/audit").status());
        assertEquals(403, api.get("supervisor", "/audit").status());
        assertTrue(
                entries("globex-admin", "action=visitor-token.mint").stream()
                        .noneMatch(e -> e.getString("target").contains("audit-probe")),
                "another tenant's log is not shown");
        Reply started = api.post("admin", "/audit/exports?format=csv&action=visitor-token.mint", null);
        assertEquals(202, started.status(), started.body());
        long job = started.json().getJsonNumber("id").longValue();
        Reply done = api.await(Duration.ofSeconds(20), () -> api.get("admin", "/exports/" + job), r -> r.json()
                .getString("status")
                .equals("DONE"));
        assertEquals("DONE", done.json().getString("status"), done.body());
        String csv = api.get("admin", "/exports/" + job + "/file").body();
        assertTrue(csv.contains("audit-probe"), csv);
        assertTrue(entries("admin", "action=export.request").size() >= 1, "the export itself is audited");
    }
}

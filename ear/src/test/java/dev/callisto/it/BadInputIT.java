package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets a 4xx problem+json naming the field, never a 500, and changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    private static Reply assertProblem(int status, Reply reply, String... fields) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType(), reply.body());
        assertEquals(status, reply.json().getInt("status"));
        assertEquals(List.of(fields), reply.fields(), reply.body());
        return reply;
    }

    @Test
    void missingFieldsAreEachNamed() {
        assertProblem(400, api.post("admin", "/agents", "{}"), "answerMode", "displayName", "login");
        assertProblem(400, api.post("admin", "/skill-groups", "{\"description\":\"no name\"}"), "name");
        assertProblem(400, api.post("admin", "/break-reasons", "{\"code\":\"x\"}"), "label");
        assertProblem(400, api.post("admin", "/agents", ""), "body");
        assertProblem(415, api.post("admin", "/agents", null));
    }

    @Test
    void valuesOfTheWrongTypeNameTheirField() {
        String base = "\"login\":\"typed\",\"displayName\":\"Typed\"";
        assertProblem(400, api.post("admin", "/agents", "{" + base + ",\"answerMode\":\"FAX\"}"), "answerMode");
        assertProblem(
                400,
                api.post(
                        "admin", "/agents", "{" + base + ",\"answerMode\":\"MOBILE\",\"maxConcurrentChats\":\"many\"}"),
                "maxConcurrentChats");
        long id = api.agentId("admin", "agent1");
        assertProblem(400, api.put("agent1", "/agents/" + id + "/state", "{\"state\":\"FLYING\"}"), "state");
        assertProblem(400, api.put("agent1", "/agents/" + id + "/state", "{\"state\":7}"), "state");
        assertProblem(400, api.put("agent1", "/agents/" + id + "/state", "{not json"), "body");
        assertProblem(400, api.put("agent1", "/agents/" + id + "/state", "[]"), "body");
        assertEquals(0, api.get("admin", "/agents?q=typed").json().getInt("total"), "nothing was created");
    }

    /** What the binder would let through: a number or boolean for text, an array for an object, garbage after. */
    @Test
    void bodiesAreReadAsDeclaredAndAsOneDocument() {
        String mode = "\"answerMode\":\"BROWSER_PHONE\"";
        assertProblem(
                400, api.post("admin", "/agents", "{\"login\":true,\"displayName\":\"S\"," + mode + "}"), "login");
        assertProblem(
                400, api.post("admin", "/agents", "{\"login\":1e309,\"displayName\":\"S\"," + mode + "}"), "login");
        assertProblem(
                400,
                api.post("admin", "/skill-groups", "{\"name\":\"Strict\",\"afterCallWorkSeconds\":\"30\"}"),
                "afterCallWorkSeconds");
        assertProblem(400, api.post("admin", "/skill-groups", "[{\"name\":\"Strict\"}]"), "body");
        assertProblem(400, api.post("admin", "/skill-groups", "{\"name\":\"Strict\"} and more"), "body");
        assertProblem(400, api.post("admin", "/skill-groups", "{\"name\":\"Strict\"}{\"name\":\"Twice\"}"), "body");
        assertEquals(0, api.get("admin", "/skill-groups?q=Strict").json().getInt("total"), "nothing was created");
        assertEquals(0, api.get("admin", "/agents?q=true").json().getInt("total"), "no agent was created");
    }

    @Test
    void oversizedAndMalformedStringsAreRefused() {
        String longName = "x".repeat(121);
        assertProblem(
                400,
                api.post(
                        "admin",
                        "/agents",
                        "{\"login\":\"big\",\"displayName\":\"" + longName + "\",\"answerMode\":\"MOBILE\"}"),
                "displayName");
        assertProblem(
                400,
                api.post(
                        "admin",
                        "/agents",
                        "{\"login\":\"has space\",\"displayName\":\"S\",\"answerMode\":\"MOBILE\"}"),
                "login");
        assertProblem(
                400,
                api.post(
                        "admin",
                        "/agents",
                        "{\"login\":\"ph\",\"displayName\":\"P\",\"answerMode\":\"MOBILE\",\"phoneNumber\":\"call me\"}"),
                "phoneNumber");
        assertProblem(400, api.post("admin", "/skill-groups", "{\"name\":\"" + "g".repeat(81) + "\"}"), "name");
        assertProblem(
                400,
                api.post("admin", "/skill-groups", "{\"name\":\"Negative\",\"afterCallWorkSeconds\":-1}"),
                "afterCallWorkSeconds");
        assertProblem(400, api.post("admin", "/break-reasons", "{\"code\":\"Has Caps\",\"label\":\"x\"}"), "code");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertProblem(404, api.get("admin", "/agents/987654321"));
        assertProblem(404, api.put("admin", "/agents/987654321/state", "{\"state\":\"IDLE\"}"));
        assertProblem(404, api.get("admin", "/skill-groups/987654321"));
        assertProblem(404, api.put("admin", "/break-reasons/987654321", "{\"code\":\"rest\",\"label\":\"x\"}"));
        assertProblem(404, api.get("admin", "/agents/not-a-number"));
        assertProblem(404, api.get("admin", "/no-such-resource"));
        long sales = api.get("admin", "/skill-groups?q=Sales")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertProblem(404, api.put("admin", "/skill-groups/" + sales + "/members/987654321", "{\"level\":3}"));
    }

    @Test
    void badQueryParametersAreNamed() {
        assertProblem(400, api.get("admin", "/agents?page=abc"), "page");
        assertProblem(400, api.get("admin", "/agents?size=100000"), "size");
        assertProblem(400, api.get("admin", "/agents?page=-1"), "page");
        assertProblem(400, api.get("admin", "/agents?state=NAPPING"), "state");
        assertProblem(400, api.get("admin", "/events?agentId=x"), "agentId");
        long id = api.agentId("admin", "agent1");
        assertProblem(400, api.get("admin", "/agents/" + id + "/state-log?date=yesterday"), "date");
        assertProblem(400, api.get("admin", "/agents/" + id + "/time-in-states?zone=Mars/Olympus"), "zone");
    }

    @Test
    void outOfRangeAndConflictingValuesAreRefused() {
        long sales = api.get("admin", "/skill-groups?q=Sales")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long agent = api.agentId("admin", "agent3");
        assertProblem(400, api.put("admin", "/skill-groups/" + sales + "/members/" + agent, "{\"level\":9}"), "level");
        assertProblem(409, api.post("admin", "/skill-groups", "{\"name\":\"Sales\"}"), "name");
        assertProblem(
                409,
                api.post(
                        "admin",
                        "/agents",
                        "{\"login\":\"agent1\",\"displayName\":\"Again\",\"answerMode\":\"MOBILE\"}"),
                "login");
        assertProblem(409, api.post("admin", "/break-reasons", "{\"code\":\"meal\",\"label\":\"Meal again\"}"), "code");
        Reply login = api.put(
                "admin", "/agents/" + agent, "{\"login\":\"renamed\",\"displayName\":\"C\",\"answerMode\":\"MOBILE\"}");
        assertProblem(400, login, "login");
        assertTrue(api.get("admin", "/agents/" + agent).body().contains("\"login\":\"agent3\""));
    }
}

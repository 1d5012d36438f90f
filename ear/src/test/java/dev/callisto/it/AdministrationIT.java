package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An admin sets up agents, skill groups and break reasons; other roles may not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    @Test
    void adminCreatesEditsListsAndRemovesAnAgent() {
        Reply created = api.post(
                "admin",
                "/agents",
                "{\"login\":\"dora\",\"displayName\":\"Dora New\",\"workNumber\":\"1009\",\"phoneNumber\":\"+8613800000000\",\"answerMode\":\"SIP_PHONE\",\"maxConcurrentChats\":5}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("SIGNED_OUT", created.json().getString("state"));

        Reply updated = api.put(
                "admin",
                "/agents/" + id,
                "{\"login\":\"dora\",\"displayName\":\"Dora Renamed\",\"answerMode\":\"MOBILE\"}");
        assertEquals("Dora Renamed", updated.json().getString("displayName"));
        assertEquals("MOBILE", api.get("supervisor", "/agents/" + id).json().getString("answerMode"));

        JsonObject page = api.get("supervisor", "/agents?q=renamed&size=1").json();
        assertEquals(1, page.getInt("total"));
        assertEquals(
                1,
                api.get("admin", "/agents?size=1&page=1")
                        .json()
                        .getJsonArray("items")
                        .size());
        JsonObject firstTwo = api.get("admin", "/agents?size=2&page=0").json();
        assertEquals(2, firstTwo.getJsonArray("items").size());
        assertTrue(firstTwo.getInt("total") >= 4, "three demo agents and dora");

        api.put("admin", "/agents/" + id + "/state", "{\"state\":\"IDLE\"}");
        assertEquals(409, api.delete("admin", "/agents/" + id).status(), "a signed-in agent stays");
        api.put("admin", "/agents/" + id + "/state", "{\"state\":\"SIGNED_OUT\"}");
        assertEquals(204, api.delete("admin", "/agents/" + id).status());
        assertEquals(404, api.get("admin", "/agents/" + id).status());
    }

    @Test
    void adminBuildsASkillGroupWithLeveledMembers() {
        Reply created = api.post(
                "admin",
                "/skill-groups",
                "{\"name\":\"VIP\",\"description\":\"Top customers\",\"afterCallWorkSeconds\":45}");
        assertEquals(201, created.status(), created.body());
        long group = created.json().getJsonNumber("id").longValue();
        long agent1 = api.agentId("admin", "agent1");
        long agent2 = api.agentId("admin", "agent2");
        assertEquals(
                5,
                api.put("admin", "/skill-groups/" + group + "/members/" + agent1, "{\"level\":5}")
                        .json()
                        .getInt("level"));
        api.put("admin", "/skill-groups/" + group + "/members/" + agent2, "{\"level\":2}");
        api.put("admin", "/skill-groups/" + group + "/members/" + agent2, "{\"level\":3}");
        var members = api.get("supervisor", "/skill-groups/" + group + "/members")
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, members.size());
        assertEquals(
                3,
                members.stream()
                        .filter(m -> m.getJsonNumber("agentId").longValue() == agent2)
                        .findFirst()
                        .orElseThrow()
                        .getInt("level"));

        assertEquals(
                204,
                api.delete("admin", "/skill-groups/" + group + "/members/" + agent2)
                        .status());
        assertEquals(
                1,
                api.get("admin", "/skill-groups/" + group + "/members").array().size());
        assertEquals(
                "VIP desk",
                api.put("admin", "/skill-groups/" + group, "{\"name\":\"VIP desk\",\"afterCallWorkSeconds\":0}")
                        .json()
                        .getString("name"));
        assertEquals(204, api.delete("admin", "/skill-groups/" + group).status());
        assertEquals(404, api.get("admin", "/skill-groups/" + group).status());
    }

    @Test
    void telemarketingAndInboundGroupsKeepTheirAgentsAndCallsApart() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        Reply tele = api.post(
                "admin", "/skill-groups", "{\"name\":\"Telesales " + suffix + "\",\"purpose\":\"TELEMARKETING\"}");
        assertEquals(201, tele.status(), tele.body());
        assertEquals("TELEMARKETING", tele.json().getString("purpose"));
        long teleGroup = tele.json().getJsonNumber("id").longValue();
        Reply inbound = api.post("admin", "/skill-groups", "{\"name\":\"Helpdesk " + suffix + "\"}");
        assertEquals("INBOUND", inbound.json().getString("purpose"), "inbound unless said otherwise");
        long inboundGroup = inbound.json().getJsonNumber("id").longValue();
        Reply agent = api.post(
                "admin",
                "/agents",
                "{\"login\":\"tele" + suffix + "\",\"displayName\":\"Tele " + suffix
                        + "\",\"answerMode\":\"BROWSER_PHONE\"}");
        long teleAgent = agent.json().getJsonNumber("id").longValue();

        assertEquals(
                200,
                api.put("admin", "/skill-groups/" + teleGroup + "/members/" + teleAgent, "{\"level\":3}")
                        .status());
        Reply mixed = api.put("admin", "/skill-groups/" + inboundGroup + "/members/" + teleAgent, "{\"level\":3}");
        assertEquals(409, mixed.status(), "a telemarketer does not join an inbound group: " + mixed.body());
        assertTrue(mixed.body().contains("telemarketing group Telesales"), mixed.body());
        assertEquals(
                0,
                api.get("admin", "/skill-groups/" + inboundGroup + "/members")
                        .array()
                        .size());

        Reply call = api.post(
                "admin",
                "/calls",
                "{\"channel\":\"WEB\",\"customer\":\"+8613900000" + suffix + "\",\"skillGroupId\":" + teleGroup + "}");
        assertEquals(409, call.status(), "no inbound call reaches a telemarketing group: " + call.body());
        Reply turned = api.put(
                "admin",
                "/skill-groups/" + teleGroup,
                "{\"name\":\"Telesales " + suffix + "\",\"purpose\":\"INBOUND\"}");
        assertEquals(400, turned.status());
        assertEquals(List.of("purpose"), turned.fields());
    }

    @Test
    void theCrmPageOfTheScreenPopPointsOnlyToAllowedHostsAndCarriesTheCall() {
        Reply foreign = api.put(
                "admin",
                "/crm-page",
                "{\"urlTemplate\":\"https://evil.example.net/?n={number}\",\"allowedHosts\":[\"crm.example.com\"]}");
        assertEquals(400, foreign.status());
        assertEquals(List.of("urlTemplate"), foreign.fields(), "a host not allowed is refused");
        assertEquals(
                403,
                api.put(
                                "supervisor",
                                "/crm-page",
                                "{\"urlTemplate\":\"https://crm.example.com/\",\"allowedHosts\":[\"crm.example.com\"]}")
                        .status());
        Reply set = api.put(
                "admin",
                "/crm-page",
                "{\"urlTemplate\":\"https://crm.example.com/card?phone={number}&call={callId}&by={agent}\",\"allowedHosts\":[\"crm.example.com\"]}");
        assertEquals(200, set.status(), set.body());

        long sales = api
                .get("admin", "/skill-groups?q=Sales")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(g -> g.getString("name").equals("Sales"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Reply call = api.post(
                "admin",
                "/calls",
                "{\"channel\":\"WEB\",\"customer\":\"+86 138 0000 7777\",\"skillGroupId\":" + sales + "}");
        long id = call.json().getJsonNumber("id").longValue();
        String url = api.get("admin", "/calls/" + id + "/crm-page").json().getString("url");
        assertEquals("https://crm.example.com/card?phone=%2B86+138+0000+7777&call=" + id + "&by=admin", url);
        assertEquals(404, api.get("globex-admin", "/calls/" + id + "/crm-page").status(), "another tenant's call");
        api.post("admin", "/calls/" + id + "/customer-hangup", null);
    }

    @Test
    void customerCardsCarryTheFieldsAdminsChooseAndStayInTheirTenant() {
        String fields = "{\"fields\":[{\"key\":\"level\",\"label\":\"Level\",\"kind\":\"CHOICE\",\"required\":true,"
                + "\"options\":[\"gold\",\"silver\"]},{\"key\":\"since\",\"kind\":\"DATE\"}]}";
        assertEquals(
                403, api.put("agent1", "/customers/card-fields", fields).status(), "agents do not choose the fields");
        assertEquals(200, api.put("admin", "/customers/card-fields", fields).status());
        try {
            String customer = "+86-139-" + System.nanoTime() % 10_000_000;
            Reply empty = api.get("agent1", "/customers/" + customer + "/card");
            assertEquals(2, empty.json().getJsonArray("fields").size(), empty.body());
            assertNull(empty.json().getString("name", null), "nobody wrote this card yet");

            Reply badDate = api.put(
                    "agent1",
                    "/customers/" + customer + "/card",
                    "{\"name\":\"Lin Wei\",\"fields\":{\"level\":\"gold\",\"since\":\"last spring\"}}");
            assertEquals(400, badDate.status(), badDate.body());
            assertEquals(List.of("fields.since"), badDate.fields());
            Reply unknown = api.put(
                    "agent1",
                    "/customers/" + customer + "/card",
                    "{\"fields\":{\"level\":\"gold\",\"colour\":\"red\"}}");
            assertEquals(List.of("fields.colour"), unknown.fields());
            assertNull(
                    api.get("agent1", "/customers/" + customer + "/card").json().getString("name", null),
                    "a refusal keeps nothing");

            Reply saved = api.put(
                    "agent1",
                    "/customers/" + customer + "/card",
                    "{\"name\":\"Lin Wei\",\"tags\":[\"vip\",\"vip\",\"printer\"],\"notes\":\"Prefers mornings\","
                            + "\"fields\":{\"level\":\"gold\",\"since\":\"2024-03-01\"}}");
            assertEquals(200, saved.status(), saved.body());
            JsonObject card =
                    api.get("supervisor", "/customers/" + customer + "/card").json();
            assertEquals("Lin Wei", card.getString("name"));
            assertEquals(
                    List.of("vip", "printer"),
                    card.getJsonArray("tags").getValuesAs(j -> ((jakarta.json.JsonString) j).getString()));
            assertEquals("agent1", card.getString("updatedBy"));
            assertEquals(
                    "2024-03-01", card.getJsonArray("fields").getJsonObject(1).getString("value"));
            assertNull(
                    api.get("globex-admin", "/customers/" + customer + "/card")
                            .json()
                            .getString("name", null),
                    "another tenant does not see the card");
        } finally {
            api.put("admin", "/customers/card-fields", "{\"fields\":[]}");
        }
    }

    @Test
    void retiredBreakReasonCanNoLongerBeChosen() {
        Reply created = api.post("admin", "/break-reasons", "{\"code\":\"prayer\",\"label\":\"Prayer\"}");
        assertEquals(201, created.status(), created.body());
        long agent = api.agentId("admin", "agent1");
        api.put("agent1", "/agents/" + agent + "/state", "{\"state\":\"IDLE\"}");
        assertEquals(
                200,
                api.put("agent1", "/agents/" + agent + "/state", "{\"state\":\"BREAK\",\"breakReason\":\"prayer\"}")
                        .status());
        api.put("agent1", "/agents/" + agent + "/state", "{\"state\":\"IDLE\"}");

        long id = created.json().getJsonNumber("id").longValue();
        assertFalse(
                api.put("admin", "/break-reasons/" + id, "{\"code\":\"prayer\",\"label\":\"Prayer\",\"active\":false}")
                        .json()
                        .getBoolean("active"));
        Reply refused =
                api.put("agent1", "/agents/" + agent + "/state", "{\"state\":\"BREAK\",\"breakReason\":\"prayer\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(
                api.get("agent1", "/break-reasons").body().contains("\"code\":\"prayer\""), "agents can read the list");
        api.put("agent1", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
    }

    @Test
    void rolesLimitWhoMayDoWhat() {
        assertEquals(401, api.get(null, "/agents").status());
        assertEquals(401, api.get("nobody", "/me").status());
        assertEquals(403, api.get("agent1", "/agents").status());
        assertEquals(
                403,
                api.post("agent1", "/agents", "{\"login\":\"x\",\"displayName\":\"X\",\"answerMode\":\"MOBILE\"}")
                        .status());
        assertEquals(
                403,
                api.post("supervisor", "/skill-groups", "{\"name\":\"Rogue\"}").status());
        assertEquals(403, api.get("agent1", "/events").status());
        assertEquals(403, api.get("supervisor", "/dead-letters").status());
        assertEquals(200, api.get("admin", "/dead-letters").status());

        JsonObject me = api.get("agent1", "/me").json();
        assertEquals("agent1", me.getString("login"));
        assertEquals(api.agentId("admin", "agent1"), me.getJsonNumber("agentId").longValue());
    }

    @Test
    void theRunningAppServesItsOpenApiDocument() {
        Reply doc = api.get(null, "//openapi?format=JSON");
        assertEquals(200, doc.status(), doc.body());
        assertTrue(doc.body().contains("/api/v1/agents/{id}/state"), doc.body());
        assertTrue(doc.body().contains("Callisto API"));
    }

    @Test
    void theHomePageShowsTheSignedInAgentsState() {
        Reply page = api.get("agent2", "//callisto/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Signed in as <strong>agent2</strong>"), page.body());
        assertTrue(page.body().contains("State: <strong>"), page.body());
        assertEquals(401, api.get(null, "//callisto/").status());
    }
}

package dev.callisto.it;

import static dev.callisto.it.Calls.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tickets from a call, a customer's message and the API, through their workflow, as staff and customers see them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

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

    private long typeId(String user, String name) {
        return api.get(user, "/ticket-types").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(name))
                .findFirst()
                .map(Calls::id)
                .orElseThrow(() -> new AssertionError("no ticket type " + name));
    }

    private JsonObject open(String user, String body) {
        Reply r = api.post(user, "/tickets", body);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private JsonObject apiTicket(String user, String customer) {
        return open(
                user,
                "{\"typeId\":" + typeId(user, "After-sales") + ",\"subject\":\"Broken hinge\",\"customer\":\""
                        + customer + "\",\"fields\":{\"orderNumber\":\"SO-1\",\"product\":\"Laptop\"}}");
    }

    private String move(String user, long ticket, String status, int expected) {
        Reply r = api.put(user, "/tickets/" + ticket + "/status", "{\"status\":\"" + status + "\"}");
        assertEquals(expected, r.status(), r.body());
        return r.body();
    }

    private String visitorToken(String tenant) {
        Reply r = api.visitor(null, "POST", "/visitor/session", "{\"tenant\":\"" + tenant + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().getString("token");
    }

    @Test
    void aTicketOpenedFromACallKeepsTheCallAndShowsInTheCustomersHistory() {
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        String customer = "+86136" + (System.nanoTime() % 100_000_000L);
        long call = id(calls.arrive(group, customer));
        calls.act("agent1", call, "answer");

        JsonObject ticket = open(
                "agent1",
                "{\"typeId\":" + typeId("agent1", "After-sales") + ",\"subject\":\"Phone will not charge\","
                        + "\"callId\":" + call + ",\"priority\":\"HIGH\","
                        + "\"fields\":{\"orderNumber\":\"SO-42\",\"product\":\"Phone\",\"purchaseDate\":\"2026-10-01\"}}");
        assertEquals("CALL", ticket.getString("source"));
        assertEquals(customer, ticket.getString("customer"), "the customer comes from the call, not the form");
        assertEquals("WEB", ticket.getString("channel"));
        assertEquals(call, ticket.getJsonNumber("callId").longValue());
        assertEquals("OPEN", ticket.getString("status"), "the agent who opens it gets it");
        assertEquals(calls.id("agent1"), ticket.getJsonNumber("assigneeAgentId").longValue());
        assertEquals("2026-10-01", ticket.getJsonObject("fields").getString("purchaseDate"));
        Instant created = Instant.parse(ticket.getString("createdAt"));
        assertEquals(created.plus(Duration.ofDays(1)), Instant.parse(ticket.getString("dueAt")), "HIGH: a day by SLA");

        calls.act("agent1", call, "hangup");
        JsonObject record = calls.record(call, "ended");
        Reply linked = api.get("agent1", "/" + ticket.getString("callRecord").substring("/api/v1/".length()));
        assertEquals(200, linked.status(), "the ticket's link reaches the call record");
        assertEquals(record.getString("customer"), linked.json().getString("customer"));

        JsonObject history =
                api.get("agent2", "/customers/" + customer + "/history").json();
        assertEquals(
                List.of(id(ticket)),
                history.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                        .map(Calls::id)
                        .toList(),
                "the next agent's screen pop shows the ticket");
        assertEquals(1, api.get("agent1", "/tickets?callId=" + call).json().getInt("total"), "found by its call");

        Reply createdEvent = api.await(
                Duration.ofSeconds(20), () -> api.get("admin", "/events?type=ticket.created&size=50"), r -> r.body()
                        .contains("\"ticketId\":" + id(ticket)));
        assertTrue(createdEvent.body().contains("\"ticketId\":" + id(ticket)), "ticket.created is on the event topic");
    }

    @Test
    void theWorkflowRefusesIllegalStepsAndClosingNeedsTheGrantedRole() {
        long ticket = id(apiTicket("agent1", "cust-" + UUID.randomUUID()));
        String refused = move("agent1", ticket, "CLOSED", 409);
        assertTrue(refused.contains("cannot become CLOSED"), refused);
        move("agent1", ticket, "PENDING", 200);
        move("agent1", ticket, "RESOLVED", 200);
        move("agent1", ticket, "CLOSED", 403);
        move("supervisor", ticket, "CLOSED", 200);
        move("agent1", ticket, "OPEN", 200);

        try {
            Reply granted = api.put("admin", "/ticket-policy", "{\"closingRoles\":[\"agent\",\"admin\"]}");
            assertEquals(200, granted.status(), granted.body());
            move("agent1", ticket, "RESOLVED", 200);
            move("agent1", ticket, "CLOSED", 200);
            assertEquals(
                    400,
                    api.put("admin", "/ticket-policy", "{\"closingRoles\":[\"janitor\"]}")
                            .status());
            assertEquals(
                    403,
                    api.put("agent1", "/ticket-policy", "{\"closingRoles\":[\"agent\"]}")
                            .status());
        } finally {
            api.put("admin", "/ticket-policy", "{\"closingRoles\":[\"supervisor\",\"admin\"]}");
        }
        JsonObject whole = api.get("supervisor", "/tickets/" + ticket).json();
        List<String> statusChanges = whole.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("what").equals("status"))
                .map(h -> h.getString("to") + " by " + h.getString("by"))
                .toList();
        assertEquals(
                List.of(
                        "OPEN by agent1",
                        "PENDING by agent1",
                        "RESOLVED by agent1",
                        "CLOSED by supervisor",
                        "OPEN by agent1",
                        "RESOLVED by agent1",
                        "CLOSED by agent1"),
                statusChanges);
    }

    @Test
    void aCustomerSeesRepliesMeantForThemButNotInternalNotesAndCanAnswer() {
        String token = visitorToken("acme");
        JsonObject template = api
                .visitor(token, "GET", "/visitor/message-templates?channel=H5", null)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("name").equals("After-sales service"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "orderNumber", template.getJsonArray("fields").getJsonObject(0).getString("key"));
        Reply left = api.visitor(
                token,
                "POST",
                "/visitor/tickets",
                "{\"templateId\":" + id(template)
                        + ",\"subject\":\"Tablet screen flickers\",\"message\":\"Since the update\","
                        + "\"fields\":{\"orderNumber\":\"SO-77\",\"product\":\"Tablet\"}}");
        assertEquals(201, left.status(), left.body());
        long ticket = id(left.json());

        JsonObject staffView = api.get("supervisor", "/tickets/" + ticket).json();
        assertEquals("MESSAGE", staffView.getString("source"));
        assertEquals("H5", staffView.getString("channel"));
        assertEquals("NEW", staffView.getString("status"));
        Reply assigned =
                api.put("supervisor", "/tickets/" + ticket + "/assignee", "{\"agentId\":" + calls.id("agent1") + "}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(
                201,
                api.post("agent1", "/tickets/" + ticket + "/replies", "{\"body\":\"Customer is a VIP\"}")
                        .status());
        assertEquals(
                201,
                api.post(
                                "agent1",
                                "/tickets/" + ticket + "/replies",
                                "{\"body\":\"Please restart the tablet twice\",\"visibleToCustomer\":true}")
                        .status());
        move("agent1", ticket, "RESOLVED", 200);

        JsonObject seen =
                api.visitor(token, "GET", "/visitor/tickets/" + ticket, null).json();
        assertEquals("RESOLVED", seen.getString("status"));
        List<String> replies = seen.getJsonArray("replies").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("from") + ": " + r.getString("body"))
                .toList();
        assertEquals(List.of("support: Please restart the tablet twice"), replies);
        assertFalse(seen.toString().contains("agent1"), "staff logins are not shown to customers");

        Reply answer =
                api.visitor(token, "POST", "/visitor/tickets/" + ticket + "/replies", "{\"body\":\"Still flickers\"}");
        assertEquals(201, answer.status(), answer.body());
        assertEquals(
                "OPEN", api.get("agent1", "/tickets/" + ticket).json().getString("status"), "back on the agent's list");
        assertEquals(
                List.of(ticket),
                api.visitor(token, "GET", "/visitor/tickets", null).array().getValuesAs(JsonObject.class).stream()
                        .map(Calls::id)
                        .toList());
    }

    @Test
    void badFieldsAreNamedAndChangeNothing() {
        long type = typeId("agent1", "After-sales");
        long before = api.get("admin", "/tickets?size=1").json().getInt("total");
        Reply missing = api.post(
                "agent1",
                "/tickets",
                "{\"typeId\":" + type + ",\"subject\":\"x\",\"customer\":\"c\",\"fields\":{\"product\":\"Phone\"}}");
        assertEquals(400, missing.status(), missing.body());
        assertEquals(List.of("fields.orderNumber"), missing.fields());
        Reply badChoice = api.post(
                "agent1",
                "/tickets",
                "{\"typeId\":" + type + ",\"subject\":\"x\",\"customer\":\"c\","
                        + "\"fields\":{\"orderNumber\":\"1\",\"product\":\"Car\"}}");
        assertEquals(List.of("fields.product"), badChoice.fields(), badChoice.body());
        Reply badDate = api.post(
                "agent1",
                "/tickets",
                "{\"typeId\":" + type + ",\"subject\":\"x\",\"customer\":\"c\","
                        + "\"fields\":{\"orderNumber\":\"1\",\"product\":\"Phone\",\"purchaseDate\":\"yesterday\"}}");
        assertEquals(List.of("fields.purchaseDate"), badDate.fields(), badDate.body());
        Reply noSubject = api.post("agent1", "/tickets", "{\"typeId\":" + type + ",\"customer\":\"c\"}");
        assertEquals(List.of("subject"), noSubject.fields(), noSubject.body());
        Reply badPriority = api.post(
                "agent1",
                "/tickets",
                "{\"typeId\":" + type + ",\"subject\":\"x\",\"customer\":\"c\",\"priority\":\"SOON\"}");
        assertEquals(400, badPriority.status(), badPriority.body());
        assertEquals(List.of("priority"), badPriority.fields(), badPriority.body());
        Reply badType = api.post(
                "admin",
                "/ticket-types",
                "{\"name\":\"Bad\",\"fields\":[{\"key\":\"colour\",\"kind\":\"CHOICE\",\"options\":[]}]}");
        assertEquals(400, badType.status(), badType.body());
        assertEquals(List.of("fields.options"), badType.fields());
        assertEquals(before, api.get("admin", "/tickets?size=1").json().getInt("total"), "no ticket was created");
    }

    @Test
    void attachmentsAreCheckedByContentAndServedOnlyInsideTheTenant() {
        long ticket = id(apiTicket("agent1", "cust-" + UUID.randomUUID()));
        Reply stored = api.upload("agent1", "/tickets/" + ticket + "/attachments?name=../../etc/photo.png", PNG);
        assertEquals(201, stored.status(), stored.body());
        assertEquals("photo.png", stored.json().getString("fileName"), "no path survives in the name");
        assertEquals("image/png", stored.json().getString("contentType"));
        Reply html = api.upload(
                "agent1",
                "/tickets/" + ticket + "/attachments?name=photo.png",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, html.status(), html.body());
        assertEquals(List.of("file"), html.fields());
        assertEquals(
                1,
                api.get("agent1", "/tickets/" + ticket + "/attachments").array().size());

        String download = "/tickets/" + ticket + "/attachments/" + id(stored.json());
        Reply bytes = api.get("supervisor", download);
        assertEquals(200, bytes.status());
        assertEquals("image/png", bytes.contentType());
        assertEquals(404, api.get("globex-admin", download).status());
    }

    @Test
    void anotherTenantOrAnotherCustomerFindsNothing() {
        long ticket = id(apiTicket("agent1", "cust-" + UUID.randomUUID()));
        assertEquals(404, api.get("globex-admin", "/tickets/" + ticket).status());
        assertEquals(
                404,
                api.put("globex-admin", "/tickets/" + ticket + "/status", "{\"status\":\"OPEN\"}")
                        .status());
        assertEquals(
                404,
                api.post("globex-admin", "/tickets/" + ticket + "/replies", "{\"body\":\"hi\"}")
                        .status());
        assertEquals(
                0,
                api.get("globex-admin", "/tickets?size=200").json().getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .filter(t -> id(t) == ticket)
                        .count());
        assertTrue(api.get("globex-admin", "/ticket-types").array().stream()
                .map(JsonObject.class::cast)
                .noneMatch(t -> t.getString("name").equals("After-sales")));

        assertEquals(
                404,
                api.visitor(visitorToken("globex"), "GET", "/visitor/tickets/" + ticket, null)
                        .status());
        assertEquals(
                404,
                api.visitor(visitorToken("acme"), "GET", "/visitor/tickets/" + ticket, null)
                        .status(),
                "another customer of the same tenant");
        String signed = visitorToken("acme");
        // One signature character changed to another, so the forgery never equals the original.
        int at = signed.length() - 5;
        String forged = signed.substring(0, at) + (signed.charAt(at) == 'A' ? 'B' : 'A') + signed.substring(at + 1);
        assertEquals(403, api.visitor(forged, "GET", "/visitor/tickets", null).status());
        assertEquals(403, api.visitor(null, "GET", "/visitor/tickets", null).status());
        assertEquals(401, api.get(null, "/tickets").status(), "staff API still needs a login");

        Reply vouched = api.post("admin", "/visitor-tokens", "{\"customer\":\"" + ticketCustomer(ticket) + "\"}");
        assertEquals(200, vouched.status(), vouched.body());
        assertEquals(
                200,
                api.visitor(vouched.json().getString("token"), "GET", "/visitor/tickets/" + ticket, null)
                        .status(),
                "the customer the tenant vouches for sees their ticket");
        assertEquals(
                403,
                api.post("agent1", "/visitor-tokens", "{\"customer\":\"x\"}").status());
    }

    private String ticketCustomer(long ticket) {
        return api.get("admin", "/tickets/" + ticket).json().getString("customer");
    }

    @Test
    void myTicketsCountByStatusAndASearchExportsToCsv() {
        String customer = "export-" + UUID.randomUUID();
        long first = id(apiTicket("agent3", customer));
        id(apiTicket("agent3", customer));
        move("agent3", first, "PENDING", 200);
        JsonObject counts = api.get("agent3", "/tickets/counts?mine=true&customer=" + customer)
                .json();
        assertEquals(1, counts.getInt("OPEN"));
        assertEquals(1, counts.getInt("PENDING"));
        assertEquals(0, counts.getInt("CLOSED"));

        Reply started = api.post("supervisor", "/tickets/exports?format=csv&customer=" + customer, null);
        assertEquals(202, started.status(), started.body());
        long job = id(started.json());
        Reply done = api.await(Duration.ofSeconds(20), () -> api.get("supervisor", "/exports/" + job), r -> r.json()
                .getString("status")
                .equals("DONE"));
        assertEquals("DONE", done.json().getString("status"), done.body());
        assertEquals("tickets", done.json().getString("subject"));
        String csv = api.get("supervisor", "/exports/" + job + "/file").body();
        assertEquals(3, csv.lines().count(), "a title row and two tickets: " + csv);
        assertTrue(csv.contains("Broken hinge"), csv);
        assertEquals(
                403, api.post("agent3", "/tickets/exports?format=csv", null).status());
    }

    @Test
    void aFollowUpReminderComesDueOnceAsAnEvent() {
        long ticket = id(apiTicket("agent2", "cust-" + UUID.randomUUID()));
        Reply set = api.put(
                "agent2",
                "/tickets/" + ticket + "/follow-up",
                "{\"at\":\"" + Instant.now().minusSeconds(1) + "\"}");
        assertEquals(200, set.status(), set.body());
        boolean listed =
                api.get("agent2", "/tickets?mine=true&reminders=true&size=200").json().getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(t -> Calls.id(t) == ticket);
        // Listed as due, unless the reminder job (every 10 s) already sent it, which clears it.
        assertTrue(
                listed || !api.get("agent2", "/tickets/" + ticket).json().containsKey("followUpAt"),
                "a due follow-up is listed until its reminder goes out");
        Reply due = api.await(
                Duration.ofSeconds(30),
                () -> api.get("admin", "/events?type=ticket.reminder-due&size=50"),
                r -> r.body().contains("\"ticketId\":" + ticket));
        assertTrue(due.body().contains("\"ticketId\":" + ticket), due.body());
        assertFalse(
                api.get("agent2", "/tickets/" + ticket).json().containsKey("followUpAt"),
                "the reminder went out and was cleared");
    }
}

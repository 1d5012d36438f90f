package dev.callisto.it;

import static dev.callisto.it.Calls.id;
import static dev.callisto.it.Calls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

/** Inbound calls through the IVR: menus, schedules, prompts, versions and dry runs, against the real server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IvrIT {

    private static final String ALWAYS_OPEN = "{\"zone\":\"UTC\",\"weekly\":{"
            + String.join(
                    ",",
                    List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN").stream()
                            .map(d -> "\"" + d + "\":[[\"00:00\",\"24:00\"]]")
                            .toList())
            + "}}";

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

    /** hours → welcome → main (1 sales, 2 → level2 (1 → level3 (1 queue, 2 message)), 9 off-hours test). */
    private static String flow(long group, String schedule, String welcome) {
        return """
                {"start":"hours","nodes":[
                 {"id":"hours","type":"time","schedule":"%s","open":"welcome","closed":"closed","holiday":"closed"},
                 {"id":"closed","type":"hangup","prompt":"off-hours","result":"OFF_HOURS"},
                 {"id":"welcome","type":"prompt","prompt":"%s","next":"main"},
                 {"id":"main","type":"menu","prompt":"tts:For sales press 1, for service press 2","timeoutSeconds":2,
                  "retries":0,"onFail":"sales",
                  "options":[{"key":"1","label":"Sales","next":"sales"},{"key":"2","label":"Service","next":"level2"}]},
                 {"id":"sales","type":"queue","skillGroupId":%d},
                 {"id":"level2","type":"menu","prompt":"tts:Repairs 1","options":[{"key":"1","label":"Repairs","next":"level3"}]},
                 {"id":"level3","type":"menu","prompt":"tts:Agent 1, message 2",
                  "options":[{"key":"1","label":"Agent","next":"order"},{"key":"2","label":"Message","next":"message"}]},
                 {"id":"order","type":"collect","prompt":"tts:Order number and hash","variable":"orderNumber",
                  "minDigits":4,"maxDigits":8,"next":"repairs"},
                 {"id":"repairs","type":"queue","skillGroupId":%d,"priority":3},
                 {"id":"message","type":"message","prompt":"tts:Leave a message","ticketTypeId":%d}
                ]}"""
                .formatted(schedule, welcome, group, group, 0);
    }

    private String flowWithTicketType(long group, String schedule, String welcome) {
        long voicemail = voicemailType();
        return flow(group, schedule, welcome).replace("\"ticketTypeId\":0", "\"ticketTypeId\":" + voicemail);
    }

    private long voicemailType() {
        Reply existing = api.get("admin", "/ticket-types");
        return existing.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("Voicemail"))
                .findFirst()
                .map(Calls::id)
                .orElseGet(() -> id(api.post(
                                "admin",
                                "/ticket-types",
                                "{\"name\":\"Voicemail\",\"fields\":[{\"key\":\"orderNumber\",\"kind\":\"TEXT\"}]}")
                        .json()));
    }

    private String newFlow(long group, String schedule) {
        String name = "line-" + UUID.randomUUID().toString().substring(0, 8);
        save(name, flowWithTicketType(group, schedule, "welcome"), 201);
        publish(name, 1, 200);
        return name;
    }

    private Reply save(String name, String json, int expected) {
        Reply r = api.send("admin", "POST", "/ivr-flows/" + name + "/versions", json);
        assertEquals(expected, r.status(), r.body());
        return r;
    }

    private Reply publish(String name, int version, int expected) {
        Reply r = api.post("admin", "/ivr-flows/" + name + "/publish", "{\"version\":" + version + "}");
        assertEquals(expected, r.status(), r.body());
        return r;
    }

    private JsonObject arrive(String flow, String customer) {
        Reply r = api.post(
                "admin", "/calls", "{\"channel\":\"H5\",\"customer\":\"" + customer + "\",\"flow\":\"" + flow + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private JsonObject press(long call, String keys) {
        Reply r = api.post("admin", "/calls/" + call + "/ivr/keys", "{\"keys\":\"" + keys + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private void schedule(String name, String hours) {
        Reply r = api.send("admin", "PUT", "/schedules/" + name, hours);
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void aCallerGoesThroughThreeMenusIntoTheQueueIsAnsweredAndTheKeysAreInTheRecord() {
        schedule("always", ALWAYS_OPEN);
        long group = calls.group(60, 0, "agent1");
        calls.state("agent1", "IDLE");
        String flow = newFlow(group, "always");

        long call = id(arrive(flow, "+8613900000001"));
        assertEquals("IVR", calls.call(call).getString("status"));
        JsonObject ivr = api.get("admin", "/calls/" + call + "/ivr").json();
        assertEquals("main", ivr.getJsonObject("menu").getString("node"));
        assertEquals(
                "Sales",
                ivr.getJsonObject("menu")
                        .getJsonArray("options")
                        .getJsonObject(0)
                        .getString("label"),
                "the visual IVR's buttons");
        assertEquals(
                List.of("welcome", "tts:For sales press 1, for service press 2"),
                ivr.getJsonArray("prompts").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());

        press(call, "2");
        press(call, "1");
        assertEquals("order", press(call, "1").getJsonObject("menu").getString("node"));
        assertEquals(
                400,
                api.post("admin", "/calls/" + call + "/ivr/keys", "{\"keys\":\"\"}")
                        .status());
        JsonObject left = press(call, "20261122#");
        assertTrue(!left.containsKey("menu") || left.isNull("menu"), "the caller left the IVR: " + left);

        assertEquals("RINGING", calls.call(call).getString("status"), "queued and offered to the idle agent");
        calls.act("agent1", call, "answer");
        JsonObject screenPop = api.get("agent1", "/calls/" + call).json();
        assertEquals(
                List.of("2", "1", "1", "20261122#"),
                screenPop.getJsonArray("ivrKeys").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList(),
                "the agent sees the keys at screen pop");
        calls.act("agent1", call, "hangup");

        List<String> expected = List.of(
                "arrived", "ivr-entered", "ivr-node", "ivr-key", "ivr-ended", "queued", "offered", "answered", "ended");
        JsonObject record = calls.record(call, "ended");
        assertTrue(steps(record).containsAll(expected), steps(record).toString());
        assertEquals("ANSWERED", record.getString("result"));
        assertEquals("2,1,1,20261122#", record.getString("ivrKeys"));
        assertTrue(record.containsKey("ivrEndedAt"));
    }

    @Test
    void offHoursEndTheCallWithTheOffHoursPromptAndAMessageBecomesATicket() {
        schedule("never", "{\"zone\":\"UTC\",\"weekly\":{}}");
        long group = calls.group(60, 0);
        String closedFlow = newFlow(group, "never");
        long closed = id(arrive(closedFlow, "+8613900000002"));
        assertEquals("ENDED", calls.call(closed).getString("status"));
        assertEquals("OFF_HOURS", calls.record(closed, "ended").getString("result"));

        schedule("always", ALWAYS_OPEN);
        String openFlow = newFlow(group, "always");
        String customer = "+86139" + (System.nanoTime() % 100_000_000L);
        long call = id(arrive(openFlow, customer));
        press(call, "2");
        press(call, "1");
        press(call, "2");
        assertEquals("LEFT_MESSAGE", calls.record(call, "ended").getString("result"));
        JsonObject ticket = api.get(
                        "admin",
                        "/tickets?customer="
                                + java.net.URLEncoder.encode(customer, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("VOICEMAIL", ticket.getString("source"));
        assertEquals(call, ticket.getJsonNumber("callId").longValue());
        assertEquals("2,1,2", ticket.getString("ivrKeys"));
    }

    @Test
    void silenceTakesTheMenusFailureExitWithoutAnyInput() {
        schedule("always", ALWAYS_OPEN);
        long group = calls.group(60, 0);
        long call = id(arrive(newFlow(group, "always"), "+8613900000003"));
        Reply queued = api.await(Duration.ofSeconds(15), () -> api.get("admin", "/calls/" + call), r -> r.json()
                .getString("status")
                .equals("QUEUED"));
        assertEquals(
                "QUEUED",
                queued.json().getString("status"),
                "after 2 s of silence and no retries: onFail → sales queue");
    }

    @Test
    void badFlowsAndBadPublicationsAreRefusedAndChangeNothing() {
        schedule("always", ALWAYS_OPEN);
        long group = calls.group(60, 0);
        String name = newFlow(group, "always");
        Reply dangling = save(
                name,
                "{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"prompt\",\"prompt\":\"welcome\",\"next\":\"nowhere\"}]}",
                400);
        assertEquals(List.of("nodes.a"), dangling.fields());
        Reply unreachable = save(
                name,
                "{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"hangup\"},{\"id\":\"b\",\"type\":\"hangup\"}]}",
                400);
        assertEquals(List.of("nodes.b"), unreachable.fields());
        assertEquals(400, save(name, "not json", 400).status());
        assertEquals(1, api.get("admin", "/ivr-flows/" + name).json().getInt("versions"), "nothing was saved");

        save(name, flowWithTicketType(999_999, "always", "welcome"), 201);
        assertEquals(List.of("nodes.sales.skillGroupId"), publish(name, 2, 400).fields());
        save(name, flowWithTicketType(group, "always", "my-greeting"), 201);
        assertEquals(
                List.of("nodes.welcome.prompt"), publish(name, 3, 400).fields(), "an unknown or unapproved prompt");
        assertEquals(1, api.get("admin", "/ivr-flows/" + name).json().getInt("published"), "still version 1");
        assertEquals(
                403,
                api.post("agent1", "/ivr-flows/" + name + "/publish", "{\"version\":1}")
                        .status());
    }

    @Test
    void uploadsAreCheckedAndNeedSomeoneElsesApprovalBeforeAFlowMayPlayThem() {
        String prompt = "greet-" + UUID.randomUUID().toString().substring(0, 8);
        Reply notWav = api.upload("admin", "/prompts?name=" + prompt, "hello".getBytes());
        assertEquals(400, notWav.status());
        assertEquals(List.of("file"), notWav.fields());
        Reply oddRate = api.upload("admin", "/prompts?name=" + prompt, wav(11025, 1));
        assertEquals(400, oddRate.status());
        assertTrue(oddRate.body().contains("11025"), oddRate.body());
        Reply tooShort = api.upload("admin", "/prompts?name=" + prompt, wav(8000, 0));
        assertEquals(400, tooShort.status(), tooShort.body());
        Reply uploaded = api.upload("admin", "/prompts?name=" + prompt, wav(8000, 1));
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals("PENDING", uploaded.json().getString("status"));

        schedule("always", ALWAYS_OPEN);
        long group = calls.group(60, 0);
        String name = newFlow(group, "always");
        save(name, flowWithTicketType(group, "always", prompt), 201);
        publish(name, 2, 400);
        assertEquals(
                409,
                api.post("admin", "/prompts/" + id(uploaded.json()) + "/review", "{\"approved\":true}")
                        .status(),
                "not by the uploader");
        Reply approved = api.post("supervisor", "/prompts/" + id(uploaded.json()) + "/review", "{\"approved\":true}");
        assertEquals("APPROVED", approved.json().getString("status"), approved.body());
        publish(name, 2, 200);

        JsonObject diff =
                api.get("admin", "/ivr-flows/" + name + "/diff?from=1&to=2").json();
        assertEquals(
                List.of("welcome"),
                diff.getJsonArray("changed").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(
                1,
                api.post("admin", "/ivr-flows/" + name + "/rollback", null)
                        .json()
                        .getInt("published"),
                "one step back");
        assertEquals(
                flowWithTicketType(group, "always", prompt).replaceAll("\\s", ""),
                api.get("admin", "/ivr-flows/" + name + "/versions/2").body().replaceAll("\\s", ""),
                "export gives back what was imported");

        Reply standard = api.get("agent1", "/prompts/audio?ref=welcome");
        assertEquals("audio/wav", standard.contentType());
        Reply tts = api.get("agent1", "/prompts/audio?ref=tts:zh:欢迎致电");
        assertEquals(200, tts.status(), tts.body());
        assertTrue(tts.body().startsWith("RIFF"), "text-to-speech renders a WAV file");
    }

    @Test
    void aDryRunShowsThePathPromptsAndQueueWithoutACall() {
        schedule(
                "weekdays",
                "{\"zone\":\"UTC\",\"weekly\":{\"MON\":[[\"09:00\",\"18:00\"]]},\"holidays\":[\"2026-11-30\"]}");
        long group = calls.group(60, 0);
        String name = "dry-" + UUID.randomUUID().toString().substring(0, 8);
        save(name, flowWithTicketType(group, "weekdays", "welcome"), 201);
        long callsBefore = api.get("admin", "/call-records?size=1").json().getInt("total");

        List<JsonObject> open = api.post(
                        "admin",
                        "/ivr-flows/" + name + "/dry-run",
                        "{\"version\":1,\"at\":\"2026-11-23T10:00:00Z\",\"inputs\":[\"2\",\"1\",\"1\",\"1234#\"]}")
                .array()
                .getValuesAs(JsonObject.class);
        JsonObject last = open.get(open.size() - 1);
        assertEquals("queue", last.getJsonObject("outcome").getString("kind"));
        assertEquals(
                group,
                last.getJsonObject("outcome").getJsonNumber("skillGroupId").longValue());
        assertEquals(3, last.getJsonObject("outcome").getInt("priority"));
        assertEquals("welcome", open.get(0).getJsonArray("prompts").getString(0));

        JsonObject holiday = api.post(
                        "admin", "/ivr-flows/" + name + "/dry-run", "{\"version\":1,\"at\":\"2026-11-30T10:00:00Z\"}")
                .array()
                .getJsonObject(0);
        assertEquals("OFF_HOURS", holiday.getJsonObject("outcome").getString("result"), "a Monday that is a holiday");
        assertEquals(
                callsBefore, api.get("admin", "/call-records?size=1").json().getInt("total"), "no call was made");
    }

    @Test
    void aCallInTheIvrFinishesOnTheVersionItStartedOnWhileNewCallsGetTheNewOne() {
        schedule("always", ALWAYS_OPEN);
        long group = calls.group(60, 0);
        String name = newFlow(group, "always");
        long before = id(arrive(name, "+8613900000004"));
        save(
                name,
                flowWithTicketType(group, "always", "welcome")
                        .replace("\"label\":\"Service\"", "\"label\":\"After-sales\""),
                201);
        publish(name, 2, 200);
        long after = id(arrive(name, "+8613900000005"));
        assertEquals("Service", option(before, 1), "the earlier call keeps version 1");
        assertEquals("After-sales", option(after, 1), "a new call gets version 2");
        press(before, "2");
        assertEquals(
                "level2",
                api.get("admin", "/calls/" + before + "/ivr")
                        .json()
                        .getJsonObject("menu")
                        .getString("node"));
    }

    private String option(long call, int index) {
        return api.get("admin", "/calls/" + call + "/ivr")
                .json()
                .getJsonObject("menu")
                .getJsonArray("options")
                .getJsonObject(index)
                .getString("label");
    }

    /** A PCM WAV of {@code seconds} of silence. */
    private static byte[] wav(int rate, int seconds) {
        int data = rate * 2 * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes());
        b.put("fmt ".getBytes())
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(rate)
                .putInt(rate * 2)
                .putShort((short) 2)
                .putShort((short) 16);
        b.put("data".getBytes()).putInt(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b.array());
        return out.toByteArray();
    }
}

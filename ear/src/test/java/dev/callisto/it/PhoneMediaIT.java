package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call from the phone network, end to end, in the media tests' network namespace: sipp is the
 * carrier (at 10.203.0.2) ringing a service number on the SIP edge (10.203.0.1), this test plays
 * the caller's audio and keys (RFC 4733) from the port the carrier's SDP offered, Janus mixes,
 * and agent2 answers in Chromium on the desk. Measured: music while queued and the agent's
 * voice reach the phone; the caller's tone reaches the agent's browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneMediaIT {

    private static final String CARRIER = "10.203.0.2";
    private static final int SIP_PORT = 5080 + Integer.getInteger("it.port.offset", 0);
    private static final Path RELAY_PORT = Path.of("target/sipp-relay-port");

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    @Test
    void aPhoneCallerKeysThroughTheIvrAndTalksWithABrowserAgent() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "+86216" + suffix;
        String caller = "+86138" + suffix + "0";
        Reply trunk = api.post(
                "admin",
                "/trunks",
                "{\"name\":\"carrier-" + suffix + "\",\"host\":\"" + CARRIER + "\",\"port\":5060,\"maxCalls\":2}");
        assertEquals(201, trunk.status(), trunk.body());
        long trunkId = trunk.json().getJsonNumber("id").longValue();
        Reply added = api.post(
                "admin", "/numbers", "{\"number\":\"" + number + "\",\"trunkId\":" + trunkId + ",\"flow\":\"main\"}");
        assertEquals(201, added.status(), added.body());

        Files.deleteIfExists(RELAY_PORT);
        try (PhoneAudio phone = new PhoneAudio(CARRIER, 16000)) {
            Process sipp = new ProcessBuilder(
                            "sipp",
                            "10.203.0.1:" + SIP_PORT,
                            "-sf",
                            Path.of("src/test/sip/carrier-calls.xml")
                                    .toAbsolutePath()
                                    .toString(),
                            "-s",
                            number,
                            "-key",
                            "caller",
                            caller,
                            "-i",
                            CARRIER,
                            "-p",
                            "5060",
                            "-m",
                            "1",
                            "-nostdin",
                            "-timeout",
                            "150s")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target/sipp-carrier.log").toFile())
                    .start();
            phone.sendTo(answeredAt());
            assertTrue(phone.awaitAudio(Duration.ofSeconds(20)), "the caller hears the call's room");
            Thread.sleep(1500);
            assertTrue(phone.loud() > 20, "the caller hears the IVR's welcome: " + phone.loud() + " loud packets");
            long call = callOf(caller);
            assertEquals(1, trunkView(trunkId).getInt("callsInProgress"), "the trunk counts the call");

            phone.press('2'); // RFC 4733; the carrier's scenario sends the next key, 1, as SIP INFO
            api.await(Duration.ofSeconds(20), () -> api.get("admin", "/calls/" + call), r -> r.body()
                    .contains("\"status\":\"QUEUED\""));
            assertTrue(phone.awaitAudio(Duration.ofSeconds(20)), "the queued caller hears the call's room");
            long quietBefore = phone.loud();
            long packetsBefore = phone.received();
            Thread.sleep(6000); // the music starts once the queued event reaches the media follower
            long music = phone.loud() - quietBefore;
            long packets = phone.received() - packetsBefore;
            System.out.println("queued: " + music + " loud of " + packets + " packets in 6 s");
            assertTrue(
                    music > 40, "the queued caller hears music: " + music + " loud of " + packets + " packets in 6 s");

            CompletableFuture<String> agent = CompletableFuture.supplyAsync(() -> {
                try {
                    return BrowserScript.run("phone-agent.mjs", api.base(), Map.of("CALL", String.valueOf(call)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            api.await(Duration.ofSeconds(60), () -> api.get("admin", "/calls/" + call), r -> r.body()
                    .contains("\"status\":\"TALKING\""));
            Thread.sleep(1000); // the music stops at the answer; then only the agent's voice
            long before = phone.loud();
            Thread.sleep(3000);
            long voice = phone.loud() - before;
            String output = agent.get(3, TimeUnit.MINUTES);
            assertTrue(voice > 20, "the caller hears the agent: " + voice + " loud packets in 3 s");
            assertTrue(sipp.waitFor(30, TimeUnit.SECONDS), "the carrier got its BYE");
            assertEquals(0, sipp.exitValue(), "sipp's call went as the carrier expects (see target/sipp-carrier.log)");

            JsonObject record = api.await(
                            Duration.ofSeconds(20),
                            () -> api.get("admin", "/call-records/" + call),
                            r -> r.status() == 200 && r.body().contains("phone-released"))
                    .json();
            assertEquals("PHONE", record.getString("channel"));
            assertEquals(caller, record.getString("customer"));
            assertEquals("ANSWERED", record.getString("result"));
            assertEquals("AGENT", record.getString("hungUpBy"));
            assertTrue(record.getString("ivrKeys", "").contains("2"), "the keys pressed: " + record);
            List<String> steps = Calls.steps(record);
            assertTrue(steps.contains("phone-released"), "the SIP end is on the trajectory: " + steps);
            assertEquals(0, trunkView(trunkId).getInt("callsInProgress"), "the trunk is free again");
            System.out.println(output.strip() + "; the phone heard music in " + music + " and the agent in " + voice
                    + " packets (of 300 and 150); " + phone.received() + " packets in all");
        }
    }

    @Test
    void aNumberNobodyHasIsNotFoundAndACallerOffTheTrunkIsForbidden() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "+86217" + suffix;
        long trunkId = api.post(
                        "admin",
                        "/trunks",
                        "{\"name\":\"refusing-" + suffix + "\",\"host\":\"" + CARRIER + "\",\"maxCalls\":1}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.post("admin", "/numbers", "{\"number\":\"" + number + "\",\"trunkId\":" + trunkId + ",\"flow\":\"main\"}");
        assertTrue(sippAnswer("+86218" + suffix, CARRIER).contains("SIP/2.0 404 "), "an unknown number");
        assertTrue(
                sippAnswer(number, "10.203.0.1").contains("SIP/2.0 403 "), "a caller that is not the number's trunk");
    }

    @Test
    void aCallerWhoHangsUpInTheQueueIsAbandonedAndATrunkOverItsLimitIsBusy() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "+86219" + suffix;
        long group = api.post("admin", "/skill-groups", "{\"name\":\"nobody-" + suffix + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long trunkId = api.post(
                        "admin",
                        "/trunks",
                        "{\"name\":\"one-line-" + suffix + "\",\"host\":\"" + CARRIER + "\",\"maxCalls\":1}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.post(
                "admin",
                "/numbers",
                "{\"number\":\"" + number + "\",\"trunkId\":" + trunkId + ",\"skillGroupId\":" + group + "}");
        // The built-in caller talks for 6 s, then hangs up; a second caller meanwhile finds the line busy.
        Process first = new ProcessBuilder(
                        "sipp",
                        "10.203.0.1:" + SIP_PORT,
                        "-sn",
                        "uac",
                        "-s",
                        number,
                        "-d",
                        "6000",
                        "-i",
                        CARRIER,
                        "-p",
                        "5072",
                        "-mp",
                        "6100",
                        "-m",
                        "1",
                        "-nostdin",
                        "-timeout",
                        "30s")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/sipp-queued.log").toFile())
                .start();
        api.await(Duration.ofSeconds(20), () -> api.get("admin", "/trunks/" + trunkId), r -> r.body()
                .contains("\"callsInProgress\":1"));
        assertTrue(sippAnswer(number, CARRIER).contains("SIP/2.0 486 "), "a trunk over its limit is busy");
        assertTrue(first.waitFor(40, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), "the first caller's call went through and its BYE was answered");
        JsonObject record = api.await(
                        Duration.ofSeconds(20), () -> api.get("admin", "/call-records?size=50"), r -> r.body()
                                .contains("ABANDONED_IN_QUEUE"))
                .json();
        assertTrue(
                record.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getString("result", "").equals("ABANDONED_IN_QUEUE")
                                && c.getString("hungUpBy", "").equals("CUSTOMER")
                                && c.getString("channel").equals("PHONE")),
                "the caller who hung up in the queue abandoned it: " + record);
        assertEquals(0, api.get("admin", "/trunks/" + trunkId).json().getInt("callsInProgress"));
    }

    @Test
    void anAgentDialsOutOnTheTrunkAndTheCalleeAnswersOrIsBusy() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Reply trunk = api.post(
                "admin",
                "/trunks",
                "{\"name\":\"0-out-" + suffix + "\",\"host\":\"" + CARRIER
                        + "\",\"port\":5090,\"callerId\":\"+862160009999\",\"maxCalls\":2}");
        assertEquals(201, trunk.status(), trunk.body());
        long agent = api.agentId("admin", "agent1");
        api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"BUSY\"}");
        try {
            // Answered: sipp's built-in callee rings, answers and waits for the BYE.
            Process callee = callee("-sn", "uas", "target/sipp-callee.log");
            long call = dial(agent, "+8613900" + suffix);
            api.await(Duration.ofSeconds(20), () -> api.get("admin", "/calls/" + call), r -> r.body()
                    .contains("\"status\":\"TALKING\""));
            assertEquals("TALKING", api.get("admin", "/agents/" + agent).json().getString("state"));
            Thread.sleep(1000);
            assertEquals(
                    200, api.post("agent1", "/calls/" + call + "/hangup", null).status());
            assertTrue(callee.waitFor(20, TimeUnit.SECONDS), "the callee got the BYE");
            assertEquals(0, callee.exitValue(), "see target/sipp-callee.log");
            JsonObject answered = api.await(
                            Duration.ofSeconds(20),
                            () -> api.get("admin", "/call-records/" + call),
                            r -> r.status() == 200 && r.body().contains("phone-released"))
                    .json();
            assertEquals("ANSWERED", answered.getString("result"), answered.toString());
            api.post("agent1", "/agents/" + agent + "/after-call-work/finish", null);
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"BUSY\"}");

            // Busy: the carrier answers 486; the call ends BUSY and the agent is free to dial again.
            Process busy = callee(
                    "-sf",
                    Path.of("src/test/sip/callee-busy.xml").toAbsolutePath().toString(),
                    "target/sipp-busy.log");
            long refused = dial(agent, "+8613901" + suffix);
            JsonObject record = api.await(
                            Duration.ofSeconds(20),
                            () -> api.get("admin", "/call-records/" + refused),
                            r -> r.status() == 200 && r.body().contains("BUSY"))
                    .json();
            assertEquals("BUSY", record.getString("result"), record.toString());
            assertTrue(record.toString().contains("SIP 486"), "the SIP status is on the trajectory: " + record);
            assertTrue(busy.waitFor(20, TimeUnit.SECONDS));
            assertTrue(!api.get("admin", "/agents/" + agent)
                    .json()
                    .getString("state")
                    .startsWith("OUTBOUND"));
        } finally {
            api.delete("admin", "/trunks/" + trunk.json().getJsonNumber("id").longValue());
            api.post("agent1", "/agents/" + agent + "/after-call-work/finish", null);
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
        }
    }

    /** sipp as the carrier's side of an outbound call, at 10.203.0.2:5090. */
    private static Process callee(String how, String scenario, String log) throws Exception {
        return new ProcessBuilder(
                        "sipp",
                        how,
                        scenario,
                        "-i",
                        CARRIER,
                        "-p",
                        "5090",
                        "-mp",
                        "6200",
                        "-m",
                        "1",
                        "-nostdin",
                        "-timeout",
                        "40s")
                .redirectErrorStream(true)
                .redirectOutput(Path.of(log).toFile())
                .start();
    }

    private long dial(long agent, String number) {
        Reply dialled = api.post("agent1", "/calls/outbound", "{\"number\":\"" + number + "\"}");
        assertEquals(201, dialled.status(), dialled.body());
        return dialled.json().getJsonNumber("id").longValue();
    }

    /** What the SIP edge answers sipp's built-in caller for {@code number}, calling from {@code from}. */
    private static String sippAnswer(String number, String from) throws Exception {
        Path messages = Path.of("target/sipp-" + number.substring(1) + ".log");
        Process sipp = new ProcessBuilder(
                        "sipp",
                        "10.203.0.1:" + SIP_PORT,
                        "-sn",
                        "uac",
                        "-s",
                        number,
                        "-i",
                        from,
                        "-p",
                        "5070",
                        "-m",
                        "1",
                        "-nostdin",
                        "-timeout",
                        "20s",
                        "-trace_msg",
                        "-message_file",
                        messages.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/sipp-refused.log").toFile())
                .start();
        assertTrue(sipp.waitFor(40, TimeUnit.SECONDS), "sipp gave up in time");
        return Files.readString(messages);
    }

    /** Where the edge's 200 OK says to send the call's audio (its port, as sipp wrote it down). */
    private static InetSocketAddress answeredAt() throws Exception {
        for (int i = 0; i < 100; i++) {
            String line =
                    Files.exists(RELAY_PORT) ? Files.readString(RELAY_PORT).strip() : "";
            if (line.startsWith("m=audio ")) {
                return new InetSocketAddress("10.203.0.1", Integer.parseInt(line.substring("m=audio ".length())));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no 200 OK with SDP from the edge: see target/sipp-carrier.log");
    }

    private long callOf(String caller) {
        Reply events = api.await(
                Duration.ofSeconds(20), () -> api.get("admin", "/events?type=call.arrived&size=20"), r -> r.body()
                        .contains(caller));
        return events.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("event"))
                .filter(e -> caller.equals(e.getString("customer", "")))
                .mapToLong(e -> e.getJsonNumber("callId").longValue())
                .max()
                .orElseThrow();
    }

    private JsonObject trunkView(long id) {
        return api.get("admin", "/trunks/" + id).json();
    }
}

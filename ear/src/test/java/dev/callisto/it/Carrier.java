package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The phone network as the phone tests play it, in the media tests' namespace: sipp (Debian's
 * sip-tester) at 10.203.0.2 as the carrier, calling the SIP edge at 10.203.0.1 or answering its
 * calls; and the admin's set-up of trunks and numbers through the API.
 */
final class Carrier {

    static final String HOST = "10.203.0.2";
    static final String EDGE = "10.203.0.1";
    static final int SIP_PORT = 5080 + Integer.getInteger("it.port.offset", 0);

    /** Where the carrier scenario writes the audio port of the edge's 200 OK (see carrier-calls.xml). */
    static final Path RELAY_PORT = Path.of("target/sipp-relay-port");

    private final Api api;

    Carrier(Api api) {
        this.api = api;
    }

    /** A trunk to the carrier at {@code port}; with a caller id it also carries outbound calls. */
    long trunk(String name, int port, int maxCalls, String callerId) {
        Reply trunk = api.post(
                "admin",
                "/trunks",
                "{\"name\":\"" + name + "\",\"host\":\"" + HOST + "\",\"port\":" + port + ",\"maxCalls\":" + maxCalls
                        + (callerId == null ? "" : ",\"callerId\":\"" + callerId + "\"") + "}");
        assertEquals(201, trunk.status(), trunk.body());
        return trunk.json().getJsonNumber("id").longValue();
    }

    /** A service number on the trunk, to an IVR flow or (with {@code flow} null) a skill group. */
    void number(String number, long trunkId, String flow, Long group) {
        Reply added = api.post(
                "admin",
                "/numbers",
                "{\"number\":\"" + number + "\",\"trunkId\":" + trunkId
                        + (flow != null ? ",\"flow\":\"" + flow + "\"" : ",\"skillGroupId\":" + group) + "}");
        assertEquals(201, added.status(), added.body());
    }

    int callsOn(long trunkId) {
        return api.get("admin", "/trunks/" + trunkId).json().getInt("callsInProgress");
    }

    /** sipp with these arguments, its screen written to {@code log}. */
    static Process sipp(String log, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("sipp"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-m", "1", "-nostdin"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of(log).toFile())
                .start();
    }

    /**
     * The carrier calls {@code number} from {@code caller} (carrier-calls.xml: audio and RFC 4733
     * keys by the test; {@code infoKey} as SIP INFO 5 s after the answer).
     */
    static Process calls(String number, String caller, char infoKey) throws Exception {
        Files.deleteIfExists(RELAY_PORT);
        return sipp(
                "target/sipp-carrier.log",
                EDGE + ":" + SIP_PORT,
                "-sf",
                Path.of("src/test/sip/carrier-calls.xml").toAbsolutePath().toString(),
                "-s",
                number,
                "-key",
                "caller",
                caller,
                "-key",
                "info_key",
                String.valueOf(infoKey),
                "-i",
                HOST,
                "-p",
                "5060",
                "-timeout",
                "150s");
    }

    /** Where the edge's 200 OK said to send the call's audio. */
    static InetSocketAddress answeredAt() throws Exception {
        return relayIn(RELAY_PORT);
    }

    /** Where the edge's SDP (as a sipp scenario wrote its {@code m=audio} line to {@code file}) wants the audio. */
    static InetSocketAddress relayIn(Path file) throws Exception {
        for (int i = 0; i < 100; i++) {
            String line = Files.exists(file) ? Files.readString(file).strip() : "";
            if (line.startsWith("m=audio ")) {
                return new InetSocketAddress(EDGE, Integer.parseInt(line.substring("m=audio ".length())));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no SDP from the edge in " + file + ": see the sipp logs in target/");
    }

    /** What the edge answers sipp's built-in caller for {@code number}, calling from {@code from}. */
    static String answerTo(String number, String from) throws Exception {
        Path messages = Path.of("target/sipp-" + number.substring(1) + ".log");
        Process sipp = sipp(
                "target/sipp-refused.log",
                EDGE + ":" + SIP_PORT,
                "-sn",
                "uac",
                "-s",
                number,
                "-i",
                from,
                "-p",
                "5070",
                "-timeout",
                "20s",
                "-trace_msg",
                "-message_file",
                messages.toString());
        assertTrue(sipp.waitFor(40, TimeUnit.SECONDS), "sipp gave up in time");
        return Files.readString(messages);
    }

    /** The call, once it is in {@code status}. */
    JsonObject awaitStatus(long call, String status) {
        Reply r = api.await(Duration.ofSeconds(60), () -> api.get("admin", "/calls/" + call), x -> x.body()
                .contains("\"status\":\"" + status + "\""));
        assertTrue(r.body().contains("\"status\":\"" + status + "\""), "call " + call + " is " + status + ": " + r);
        return r.json();
    }

    /** The call record, once it says {@code text} (a step, a result). */
    JsonObject recordSaying(long call, String text) {
        Reply r = api.await(
                Duration.ofSeconds(20),
                () -> api.get("admin", "/call-records/" + call),
                x -> x.status() == 200 && x.body().contains(text));
        assertTrue(r.body().contains(text), "the record of call " + call + " says " + text + ": " + r);
        return r.json();
    }

    /** The newest call from {@code caller}, found in the event log. */
    long callFrom(String caller) {
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
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * Calls from the phone network, end to end, in the media tests' network namespace: sipp is the
 * carrier ringing a service number on the SIP edge ({@link Carrier}), this test plays the caller's
 * audio and keys (RFC 4733) from the port the carrier's SDP offered ({@link PhoneAudio}), Janus
 * mixes, and agent2 answers in Chromium on the desk. Measured: the IVR's welcome, music while
 * queued and the agent's voice reach the phone; the caller's tone reaches the agent's browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneMediaIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();
    private final Carrier carrier = new Carrier(api);

    @Test
    void aPhoneCallerKeysThroughTheIvrAndTalksWithABrowserAgent() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "+86216" + suffix;
        String caller = "+86138" + suffix + "0";
        long trunk = carrier.trunk("carrier-" + suffix, 5060, 2, null);
        carrier.number(number, trunk, "main", null);

        try (PhoneAudio phone = new PhoneAudio(Carrier.HOST, 16000)) {
            Process sipp = Carrier.calls(number, caller, '1');
            phone.sendTo(Carrier.answeredAt());
            assertTrue(phone.awaitAudio(Duration.ofSeconds(20)), "the caller hears the call's room");
            Thread.sleep(1500);
            assertTrue(phone.loud() > 20, "the caller hears the IVR's welcome: " + phone.loud() + " loud packets");
            long call = carrier.callFrom(caller);
            assertEquals(1, carrier.callsOn(trunk), "the trunk counts the call");

            phone.press('2'); // RFC 4733; the carrier's scenario sends the next key, 1, as SIP INFO
            carrier.awaitStatus(call, "QUEUED");
            long quietBefore = phone.loud();
            long packetsBefore = phone.received();
            Thread.sleep(6000); // the music starts once the queued event reaches the media follower
            long music = phone.loud() - quietBefore;
            long packets = phone.received() - packetsBefore;
            assertTrue(
                    music > 40, "the queued caller hears music: " + music + " loud of " + packets + " packets in 6 s");

            CompletableFuture<String> agent = CompletableFuture.supplyAsync(() -> {
                try {
                    return BrowserScript.run("phone-agent.mjs", api.base(), Map.of("CALL", String.valueOf(call)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            carrier.awaitStatus(call, "TALKING");
            Thread.sleep(1000); // the music stops at the answer; then only the agent's voice
            long before = phone.loud();
            Thread.sleep(3000);
            long voice = phone.loud() - before;
            String output = agent.get(3, TimeUnit.MINUTES);
            assertTrue(voice > 20, "the caller hears the agent: " + voice + " loud packets in 3 s");
            assertTrue(sipp.waitFor(30, TimeUnit.SECONDS), "the carrier got its BYE");
            assertEquals(0, sipp.exitValue(), "sipp's call went as the carrier expects (see target/sipp-carrier.log)");

            JsonObject record = carrier.recordSaying(call, "phone-released");
            assertEquals("PHONE", record.getString("channel"));
            assertEquals(caller, record.getString("customer"));
            assertEquals("ANSWERED", record.getString("result"));
            assertEquals("AGENT", record.getString("hungUpBy"));
            assertTrue(record.getString("ivrKeys", "").contains("2"), "the keys pressed: " + record);
            List<String> steps = Calls.steps(record);
            assertTrue(steps.contains("phone-released"), "the SIP end is on the trajectory: " + steps);
            assertEquals(0, carrier.callsOn(trunk), "the trunk is free again");
            System.out.println(output.strip() + "; the phone heard music in " + music + " of " + packets
                    + " packets and the agent in " + voice + " of 150; " + phone.received() + " packets in all");
        }
    }

    @Test
    void aPhoneCallerRatesTheCallWithAKey() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "+86215" + suffix;
        String caller = "+86137" + suffix + "0";
        Calls calls = new Calls();
        long group = calls.group(60, 0, "agent1");
        long trunk = carrier.trunk("survey-" + suffix, 5060, 2, null);
        carrier.number(number, trunk, null, group);
        try {
            calls.state("agent1", "IDLE");
            Process sipp = Carrier.calls(number, caller, '4'); // the score, as SIP INFO 5 s after the answer
            long call = carrier.callFrom(caller);
            carrier.awaitStatus(call, "RINGING");
            calls.act("agent1", call, "answer");
            calls.act("agent1", call, "survey");
            JsonObject record = carrier.recordSaying(call, "rated");
            assertEquals(4, record.getInt("satisfaction"), "the key is the score: " + record);
            assertTrue(sipp.waitFor(30, TimeUnit.SECONDS), "the survey's end hangs up the phone");
            assertEquals(0, sipp.exitValue(), "see target/sipp-carrier.log");
        } finally {
            calls.cleanUp();
        }
    }

    @Test
    void aNumberNobodyHasIsNotFoundAndACallerOffTheTrunkIsForbidden() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "+86217" + suffix;
        carrier.number(number, carrier.trunk("refusing-" + suffix, 5060, 1, null), "main", null);
        assertTrue(Carrier.answerTo("+86218" + suffix, Carrier.HOST).contains("SIP/2.0 404 "), "an unknown number");
        assertTrue(
                Carrier.answerTo(number, Carrier.EDGE).contains("SIP/2.0 403 "),
                "a caller that is not the number's trunk");
    }

    @Test
    void aCallerWhoHangsUpInTheQueueIsAbandonedAndATrunkOverItsLimitIsBusy() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "+86219" + suffix;
        long group = api.post("admin", "/skill-groups", "{\"name\":\"nobody-" + suffix + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long trunk = carrier.trunk("one-line-" + suffix, 5060, 1, null);
        carrier.number(number, trunk, null, group);
        // The built-in caller talks for 6 s, then hangs up; a second caller meanwhile finds the line busy.
        Process first = Carrier.sipp(
                "target/sipp-queued.log",
                Carrier.EDGE + ":" + Carrier.SIP_PORT,
                "-sn",
                "uac",
                "-s",
                number,
                "-d",
                "6000",
                "-i",
                Carrier.HOST,
                "-p",
                "5072",
                "-mp",
                "6100",
                "-timeout",
                "30s");
        api.await(Duration.ofSeconds(20), () -> api.get("admin", "/trunks/" + trunk), r -> r.body()
                .contains("\"callsInProgress\":1"));
        assertTrue(Carrier.answerTo(number, Carrier.HOST).contains("SIP/2.0 486 "), "a trunk over its limit is busy");
        assertTrue(first.waitFor(40, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), "the first caller's call went through and its BYE was answered");
        JsonObject records = api.await(
                        Duration.ofSeconds(20), () -> api.get("admin", "/call-records?size=50"), r -> r.body()
                                .contains("ABANDONED_IN_QUEUE"))
                .json();
        assertTrue(
                records.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getString("result", "").equals("ABANDONED_IN_QUEUE")
                                && c.getString("hungUpBy", "").equals("CUSTOMER")
                                && c.getString("channel").equals("PHONE")),
                "the caller who hung up in the queue abandoned it: " + records);
        assertEquals(0, carrier.callsOn(trunk));
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is killed with SIGKILL in the middle of work and started again. An event accepted
 * (its state change committed) while its consumer was stopped is recorded after restart; a
 * waiting contact keeps its place; an offer that was ringing is withdrawn and the agent freed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KillAndRestartIT {

    private static final String CONTAINER = "wildfly-manual";
    private static final String APP = "callisto";

    @ArquillianResource
    private ContainerController container;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    /** Group names of this run: a server directory kept from an earlier run already has theirs. */
    private static final String UNIQUE = java.util.UUID.randomUUID().toString().substring(0, 8);

    @Test
    void committedWorkSurvivesAKill() throws Exception {
        container.start(CONTAINER);
        deployer.deploy(APP);
        long agent = api.agentId("admin", "agent2");
        long[] calls = ringingAndQueuedCalls();
        long inIvr = Calls.id(
                api.post("admin", "/calls", "{\"channel\":\"WEB\",\"customer\":\"+8613700000003\",\"flow\":\"main\"}")
                        .json());

        // Hold the events in the broker: the event log's subscription stops delivering (until restart).
        cli("/subsystem=messaging-activemq/server=default/runtime-queue=callisto-event-log.event-log:pause");
        Reply accepted = api.put("agent2", "/agents/" + agent + "/state", "{\"state\":\"IDLE\"}");
        assertEquals(200, accepted.status(), accepted.body());
        Thread.sleep(1000);
        assertEquals(0, api.get("admin", "/events?agentId=" + agent).json().getInt("total"), "consumer is stopped");
        long held = heldCall(agent);
        long heldSince = System.currentTimeMillis();

        CallLoad load = new CallLoad().start(callGroup(), "agent1", 50);
        load.awaitAcknowledged(25, 60);
        killDashNine(cli("/core-service=platform-mbean/type=runtime:read-attribute(name=name)"));
        long heldFor = (System.currentTimeMillis() - heldSince + 999) / 1000;
        Set<Long> acknowledged = load.stop();
        container.stop(CONTAINER);
        container.start(CONTAINER);

        Reply log = api.await(
                Duration.ofSeconds(60),
                () -> api.get("admin", "/events?agentId=" + agent),
                r -> r.status() == 200 && r.body().contains("\"to\":\"HOLD\""));
        assertEquals(1, log.body().split("\"to\":\"HOLD\"", -1).length - 1, "logged once: " + log.body());
        assertTrue(
                log.body().contains("\"from\":\"SIGNED_OUT\",\"to\":\"IDLE\"")
                        || log.body().contains("\"to\":\"IDLE\""),
                log.body());
        assertHeldCallCutAtTheKill(held, agent, heldFor);
        assertRingingAndQueuedCallsKept(calls[0], calls[1]);
        assertIvrCallMissed(inIvr);
        // This server runs as production does, without the stand-ins for the customer's side.
        Reply standIn = api.post("admin", "/calls/" + calls[1] + "/customer-hangup", null);
        assertEquals(404, standIn.status(), standIn.body());
        CallLoad drain = new CallLoad().answering("agent1");
        assertEveryAcknowledgedCallRecordedOnce(acknowledged);
        drain.stop();
        String agent1 = api.get("admin", "/agents/" + api.agentId("admin", "agent1"))
                .json()
                .getString("state");
        assertTrue(
                List.of("IDLE", "AFTER_CALL_WORK").contains(agent1), "agent1 is not stuck on a dead call: " + agent1);

        // The kept calls are agent3's to finish, so a later run on this server starts with none.
        CallLoad finish = new CallLoad().answering("agent3");
        api.await(Duration.ofSeconds(60), () -> api.get("admin", "/calls/" + calls[1]), r -> r.body()
                .contains("\"status\":\"ENDED\""));
        finish.stop();

        deployer.undeploy(APP);
        container.stop(CONTAINER);
    }

    /** agent2, in a group with after-call work, answers a call and puts it on hold. */
    private long heldCall(long agent) {
        long group = api.post(
                        "admin", "/skill-groups", "{\"name\":\"held-" + UNIQUE + "\",\"afterCallWorkSeconds\":60}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.put("admin", "/skill-groups/" + group + "/members/" + agent, "{\"level\":3}");
        long call = Calls.id(api.post(
                        "admin",
                        "/calls",
                        "{\"channel\":\"WEB\",\"customer\":\"+8613700000002\",\"skillGroupId\":" + group + "}")
                .json());
        assertEquals(200, api.post("agent2", "/calls/" + call + "/answer", null).status());
        assertEquals(200, api.post("agent2", "/calls/" + call + "/hold", null).status());
        return call;
    }

    /** Cut at the last moment the server knew it (not at the restart), FAILED, no after-call work. */
    private void assertHeldCallCutAtTheKill(long call, long agent, long heldFor) {
        JsonObject record = endedRecord(call);
        assertEquals("FAILED", record.getString("result"), record.toString());
        assertEquals("SYSTEM", record.getString("hungUpBy"), record.toString());
        assertTrue(record.toString().contains("cut by a restart of the server"), record.toString());
        long onCall = record.getInt("talkSeconds") + record.getInt("holdSeconds");
        assertTrue(onCall <= heldFor + 1, "talk and hold end at the kill: " + onCall + " s of " + heldFor + " s");
        assertTrue(record.getInt("holdSeconds") >= 1, "the hold up to the kill is counted: " + record);
        String state = api.get("admin", "/agents/" + agent).json().getString("state");
        assertTrue(List.of("IDLE", "RINGING").contains(state), "agent2 is free, not in after-call work: " + state);
    }

    /** agent1 alone in a group that routes the fifty calls, ringing long enough to be killed mid-call. */
    private long callGroup() {
        long group = api.post("admin", "/skill-groups", "{\"name\":\"load-" + UNIQUE + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.put("admin", "/skill-groups/" + group + "/routing", "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":600}");
        long agent1 = api.agentId("admin", "agent1");
        api.put("admin", "/skill-groups/" + group + "/members/" + agent1, "{\"level\":3}");
        api.put("agent1", "/agents/" + agent1 + "/state", "{\"state\":\"IDLE\"}");
        return group;
    }

    /** Every call the server acknowledged has exactly one record, arrived once and ended once. */
    private void assertEveryAcknowledgedCallRecordedOnce(Set<Long> acknowledged) {
        assertTrue(acknowledged.size() >= 25, "load reached " + acknowledged.size());
        for (long call : acknowledged) {
            Reply record = api.await(
                    Duration.ofSeconds(60),
                    () -> api.get("admin", "/call-records/" + call),
                    r -> r.status() == 200 && r.body().contains("\"step\":\"ended\""));
            assertEquals(200, record.status(), "call " + call + ": " + record.body());
            List<String> steps = record.json().getJsonArray("trajectory").getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getString("step"))
                    .toList();
            assertEquals(1, steps.stream().filter("arrived"::equals).count(), "call " + call + ": " + steps);
            assertEquals(1, steps.stream().filter("ended"::equals).count(), "call " + call + ": " + steps);
        }
        long records =
                api.get("admin", "/call-records?channel=H5&size=200").json().getInt("total");
        assertTrue(
                records >= acknowledged.size(),
                records + " records for " + acknowledged.size() + " acknowledged calls");
    }

    /** agent3 alone in a group: the first call rings at agent3, the second waits behind it. */
    private long[] ringingAndQueuedCalls() {
        long group = api.post("admin", "/skill-groups", "{\"name\":\"restart-" + UNIQUE + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.put("admin", "/skill-groups/" + group + "/routing", "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":600}");
        long agent3 = api.agentId("admin", "agent3");
        api.put("admin", "/skill-groups/" + group + "/members/" + agent3, "{\"level\":3}");
        api.put("agent3", "/agents/" + agent3 + "/state", "{\"state\":\"IDLE\"}");
        String call = "{\"channel\":\"WEB\",\"customer\":\"+8613700000001\",\"skillGroupId\":" + group + "}";
        long ringing = Calls.id(api.post("admin", "/calls", call).json());
        long waiting = Calls.id(api.post("admin", "/calls", call).json());
        assertEquals("RINGING", api.get("admin", "/calls/" + ringing).json().getString("status"));
        assertEquals("QUEUED", api.get("admin", "/calls/" + waiting).json().getString("status"));
        return new long[] {ringing, waiting};
    }

    /** The call's record once its end has reached it. */
    private JsonObject endedRecord(long call) {
        return api.await(
                        Duration.ofSeconds(60),
                        () -> api.get("admin", "/call-records/" + call),
                        r -> r.status() == 200 && r.body().contains("\"step\":\"ended\""))
                .json();
    }

    /** An IVR call lost its media with the server: it ends, and nobody answered it, so it is missed. */
    private void assertIvrCallMissed(long call) {
        JsonObject record = endedRecord(call);
        assertEquals("FAILED", record.getString("result"), record.toString());
        Reply missed = api.get("admin", "/call-records?missed=true&size=200");
        assertTrue(missed.body().contains("\"callId\":" + call + ","), "on the missed-call list: " + missed.body());
    }

    /** Neither call ends: the ringing one is offered afresh, the queued one keeps its place. */
    private void assertRingingAndQueuedCallsKept(long ringingCall, long queuedCall) {
        JsonObject call = api.get("admin", "/calls/" + ringingCall).json();
        assertEquals("RINGING", call.getString("status"), call.toString());
        JsonObject queued = api.get("admin", "/calls/" + queuedCall).json();
        assertEquals("QUEUED", queued.getString("status"), queued.toString());
        assertRoutingRecovered(contactOf(ringingCall), contactOf(queuedCall));
    }

    private long contactOf(long call) {
        return api.get("admin", "/calls/" + call)
                .json()
                .getJsonNumber("contactId")
                .longValue();
    }

    private void assertRoutingRecovered(long wasRinging, long wasWaiting) {
        JsonObject ringing = api.get("admin", "/contacts/" + wasRinging).json();
        String steps = ringing.getJsonArray("trace").toString();
        assertTrue(steps.contains("\"offer-withdrawn\""), steps);
        assertTrue(
                steps.indexOf("\"offer-withdrawn\"") < steps.lastIndexOf("\"offered\""),
                "offered afresh after recovery: " + steps);
        assertEquals("OFFERED", ringing.getString("status"));
        JsonObject waiting = api.get("admin", "/contacts/" + wasWaiting).json();
        assertEquals("WAITING", waiting.getString("status"));
        assertEquals(1, waiting.getInt("position"), "still first in line");
        assertEquals(
                "RINGING",
                api.get("admin", "/agents/" + api.agentId("admin", "agent3"))
                        .json()
                        .getString("state"));
    }

    /** Runs one management operation with the server's own CLI (local authentication, no password). */
    private static String cli(String operation) throws IOException, InterruptedException {
        String home = System.getProperty("wildfly.home");
        Process p = new ProcessBuilder(
                        home + "/bin/jboss-cli.sh",
                        "--connect",
                        "--controller=remote+http://localhost:" + System.getProperty("it.management.port"),
                        "--command=" + operation)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("success"), out);
        return out;
    }

    private static void killDashNine(String cliOutput) throws IOException, InterruptedException {
        // The runtime's name is "pid@host".
        String pid = cliOutput.replaceAll("(?s).*\"result\" => \"(\\d+)@.*", "$1");
        Process kill =
                new ProcessBuilder(List.of("kill", "-9", pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -9 " + pid);
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agents' calls out on the tenant's trunk, with sipp (at 10.203.0.2:5090) as the callee's carrier. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneOutboundMediaIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();
    private final Carrier carrier = new Carrier(api);

    @Test
    void anAgentDialsOutOnTheTrunkAndTheCalleeAnswersOrIsBusy() throws Exception {
        int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        long trunk = carrier.trunk("0-out-" + suffix, 5090, 2, "+862160009999");
        long agent = api.agentId("admin", "agent1");
        api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"BUSY\"}");
        try {
            // Answered: sipp's built-in callee rings, answers and waits for the BYE.
            Process callee = callee("target/sipp-callee.log", "-sn", "uas");
            long call = dial("+8613900" + suffix);
            carrier.awaitStatus(call, "TALKING");
            assertEquals("TALKING", api.get("admin", "/agents/" + agent).json().getString("state"));
            Thread.sleep(1000);
            assertEquals(
                    200, api.post("agent1", "/calls/" + call + "/hangup", null).status());
            assertTrue(callee.waitFor(20, TimeUnit.SECONDS), "the callee got the BYE");
            assertEquals(0, callee.exitValue(), "see target/sipp-callee.log");
            JsonObject answered = carrier.recordSaying(call, "phone-released");
            assertEquals("ANSWERED", answered.getString("result"), answered.toString());
            api.post("agent1", "/agents/" + agent + "/after-call-work/finish", null);
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"BUSY\"}");

            // Busy: the carrier answers 486; the call ends BUSY and the agent is free to dial again.
            Process busy = callee(
                    "target/sipp-busy.log",
                    "-sf",
                    Path.of("src/test/sip/callee-busy.xml").toAbsolutePath().toString());
            long refused = dial("+8613901" + suffix);
            JsonObject record = carrier.recordSaying(refused, "BUSY");
            assertEquals("BUSY", record.getString("result"), record.toString());
            assertTrue(record.toString().contains("SIP 486"), "the SIP status is on the trajectory: " + record);
            assertTrue(busy.waitFor(20, TimeUnit.SECONDS));
            assertTrue(!api.get("admin", "/agents/" + agent)
                    .json()
                    .getString("state")
                    .startsWith("OUTBOUND"));
        } finally {
            api.delete("admin", "/trunks/" + trunk);
            api.post("agent1", "/agents/" + agent + "/after-call-work/finish", null);
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
        }
    }

    /** sipp as the callee's carrier, at 10.203.0.2:5090. */
    private static Process callee(String log, String how, String scenario) throws Exception {
        return Carrier.sipp(log, how, scenario, "-i", Carrier.HOST, "-p", "5090", "-mp", "6200", "-timeout", "40s");
    }

    private long dial(String number) {
        Reply dialled = api.post("agent1", "/calls/outbound", "{\"number\":\"" + number + "\"}");
        assertEquals(201, dialled.status(), dialled.body());
        return dialled.json().getJsonNumber("id").longValue();
    }
}

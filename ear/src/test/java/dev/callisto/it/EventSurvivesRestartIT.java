package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
 * An event accepted (its state change committed) while its consumer is not running survives the
 * server being killed with SIGKILL, and is recorded after restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventSurvivesRestartIT {

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

    @Test
    void eventCommittedBeforeAKillIsLoggedAfterRestart() throws Exception {
        container.start(CONTAINER);
        deployer.deploy(APP);
        long agent = api.agentId("admin", "agent2");

        // Hold the event in the broker: the event-log consumer stops taking deliveries.
        cli(
                "/deployment=callisto.ear/subdeployment=callisto-ejb.jar/subsystem=ejb3/message-driven-bean=EventLogConsumer:stop-delivery");
        Reply accepted = api.put("agent2", "/agents/" + agent + "/state", "{\"state\":\"IDLE\"}");
        assertEquals(200, accepted.status(), accepted.body());
        Thread.sleep(1000);
        assertEquals(0, api.get("admin", "/events?agentId=" + agent).json().getInt("total"), "consumer is stopped");

        killDashNine(cli("/core-service=platform-mbean/type=runtime:read-attribute(name=name)"));
        container.stop(CONTAINER);
        container.start(CONTAINER);

        Reply log = api.await(
                Duration.ofSeconds(60),
                () -> api.get("admin", "/events?agentId=" + agent),
                r -> r.status() == 200 && r.body().contains("\"to\":\"IDLE\""));
        assertEquals(1, log.json().getInt("total"), log.body());
        assertTrue(log.body().contains("\"to\":\"IDLE\""), log.body());
        assertEquals(
                "IDLE",
                api.get("admin", "/agents/" + agent).json().getString("state"),
                "the committed state survived too");

        deployer.undeploy(APP);
        container.stop(CONTAINER);
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

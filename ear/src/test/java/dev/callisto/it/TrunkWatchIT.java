package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SIP edge checks every trunk's carrier (OPTIONS, every 2 s on the test server): a carrier
 * that does not answer shows the trunk down with why; once sipp (on loopback) answers, the trunk
 * is up; each change is an event on the topic (the event log).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrunkWatchIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    @Test
    void aTrunkWhoseCarrierStopsAnsweringIsDownAndComesBackUp() throws Exception {
        int port = ThreadLocalRandom.current().nextInt(5600, 5700);
        Reply created = api.post(
                "admin", "/trunks", "{\"name\":\"watched-" + port + "\",\"host\":\"127.0.0.1\",\"port\":" + port + "}");
        assertEquals(201, created.status(), created.body());
        long trunk = created.json().getJsonNumber("id").longValue();
        try {
            JsonObject down = awaitReachable(trunk, false);
            assertTrue(down.getString("lastError", "").contains("no answer"), down.toString());

            Process carrier = carrier("carrier-alive.xml", port, "target/sipp-alive.log");
            JsonObject up = awaitReachable(trunk, true);
            assertTrue(!up.containsKey("lastError") || up.isNull("lastError"), up.toString());
            assertTrue(carrier.waitFor(30, TimeUnit.SECONDS));

            for (String type : List.of("trunk.down", "trunk.up")) {
                Reply events = api.await(
                        Duration.ofSeconds(20),
                        () -> api.get("admin", "/events?type=" + type + "&size=50"),
                        r -> r.body().contains("\"trunkId\":" + trunk));
                assertTrue(events.body().contains("\"trunkId\":" + trunk), type + " is on the topic: " + events.body());
            }
            assertEquals(404, api.get("globex-admin", "/trunks/" + trunk).status(), "another tenant does not see it");
        } finally {
            api.delete("admin", "/trunks/" + trunk);
        }
    }

    @Test
    void aTrunkOverTcpIsCheckedOverTcp() throws Exception {
        int port = ThreadLocalRandom.current().nextInt(5800, 5900);
        Reply created = api.post(
                "admin",
                "/trunks",
                "{\"name\":\"tcp-" + port + "\",\"host\":\"127.0.0.1\",\"port\":" + port + ",\"transport\":\"TCP\"}");
        assertEquals(201, created.status(), created.body());
        long trunk = created.json().getJsonNumber("id").longValue();
        try {
            // sipp listens on TCP only: the trunk is up only if the edge asks over TCP.
            Process carrier = carrier("carrier-alive.xml", port, "target/sipp-alive-tcp.log", "-t", "t1");
            JsonObject up = awaitReachable(trunk, true);
            assertEquals("TCP", up.getString("transport"));
            assertTrue(carrier.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, carrier.exitValue(), "sipp got the OPTIONS over TCP (target/sipp-alive-tcp.log)");
        } finally {
            api.delete("admin", "/trunks/" + trunk);
        }
    }

    @Test
    void aRegisteringTrunkRegistersWithItsSecretAndAWrongSecretIsRefused() throws Exception {
        int port = ThreadLocalRandom.current().nextInt(5700, 5800);
        long good = registering("registers-" + port, port, "trunk-secret-1");
        try {
            Process carrier = carrier("carrier-registrar.xml", port, "target/sipp-registrar.log");
            Reply registered =
                    api.await(Duration.ofSeconds(30), () -> api.get("admin", "/trunks/" + good), r -> r.body()
                            .contains("\"registered\":true"));
            assertTrue(
                    registered.body().contains("\"registered\":true"),
                    "the carrier took the registration: " + registered);
            assertTrue(carrier.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, carrier.exitValue(), "the carrier's scenario went through (target/sipp-registrar.log)");
        } finally {
            api.delete("admin", "/trunks/" + good);
        }
        long wrong = registering("wrong-secret-" + port, port, "not-the-secret");
        try {
            Process carrier = carrier("carrier-registrar.xml", port, "target/sipp-registrar.log");
            Reply down = api.await(
                    Duration.ofSeconds(30), () -> api.get("admin", "/events?type=trunk.down&size=50"), r -> r.body()
                            .contains("\"trunkId\":" + wrong));
            assertTrue(down.body().contains("registration refused: 403"), "a wrong secret is refused: " + down.body());
            assertTrue(carrier.waitFor(30, TimeUnit.SECONDS));
            assertEquals(
                    Boolean.FALSE, api.get("admin", "/trunks/" + wrong).json().getBoolean("registered"));
        } finally {
            api.delete("admin", "/trunks/" + wrong);
        }
    }

    private long registering(String name, int port, String secret) {
        Reply created = api.post(
                "admin",
                "/trunks",
                "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\",\"port\":" + port
                        + ",\"username\":\"trunkuser\",\"secret\":\"" + secret + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** sipp as a carrier on loopback at {@code port}, playing {@code scenario} once. */
    private static Process carrier(String scenario, int port, String log, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "sipp",
                "-sf",
                Path.of("src/test/sip/" + scenario).toAbsolutePath().toString(),
                "-i",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-m",
                "1",
                "-nostdin",
                "-timeout",
                "30s"));
        command.addAll(List.of(more));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of(log).toFile())
                .start();
    }

    private JsonObject awaitReachable(long trunk, boolean reachable) {
        Reply r = api.await(Duration.ofSeconds(30), () -> api.get("admin", "/trunks/" + trunk), x -> x.body()
                .contains("\"reachable\":" + reachable));
        assertTrue(
                r.body().contains("\"reachable\":" + reachable),
                "the trunk is " + (reachable ? "up" : "down") + ": " + r);
        return r.json();
    }
}

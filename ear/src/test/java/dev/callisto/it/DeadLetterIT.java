package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message no consumer can read must not block the topic or vanish: after the configured
 * redeliveries it waits in the dead-letter queue, where its tenant's admin sees it. The test runs
 * inside the server (a small probe deployment) because only there can it put a raw message on the
 * topic, the way a faulty producer would.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterIT {

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "poison-probe.war").addClasses(Api.class, Api.Reply.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void poisonEventLandsInTheDeadLetterQueueAndValidEventsStillFlow() throws Exception {
        Api api = new Api();
        String poisonId = "poison-" + UUID.randomUUID();
        long acme = api.get("admin", "/me").json().getJsonNumber("tenantId").longValue();
        sendRaw(poisonId, "agent.state-changed", acme, "{\"eventId\":\"" + poisonId + "\", this is not json");

        Reply deadLetters = api.await(Duration.ofSeconds(60), () -> api.get("admin", "/dead-letters"), r -> r.body()
                .contains(poisonId));
        assertTrue(deadLetters.body().contains(poisonId), deadLetters.body());
        assertTrue(deadLetters.body().contains("this is not json"), "the admin sees the body that failed");
        assertFalse(api.get("globex-admin", "/dead-letters").body().contains(poisonId), "another tenant does not");

        // A call event whose envelope is sound but whose call fields are not: the event log could
        // keep it, the call records cannot read it, and the one subscription does both or neither.
        String callPoison = "poison-call-" + UUID.randomUUID();
        sendRaw(
                callPoison,
                "call.ended",
                acme,
                "{\"eventId\":\"" + callPoison + "\", \"type\": \"call.ended\", \"version\": 1, \"tenantId\": " + acme
                        + ", \"occurredAt\": \"" + Instant.now()
                        + "\", \"callId\": \"not a number\"}");
        Reply once = api.await(Duration.ofSeconds(60), () -> api.get("admin", "/dead-letters"), r -> r.body()
                .contains(callPoison));
        assertEquals(
                2, once.body().split(callPoison, -1).length - 1, "eventId and body of one dead letter: " + once.body());

        long agent = api.agentId("admin", "agent1");
        api.put("agent1", "/agents/" + agent + "/state", "{\"state\":\"BUSY\"}");
        Reply log = api.await(
                Duration.ofSeconds(20), () -> api.get("admin", "/events?agentId=" + agent + "&size=1"), r -> r.body()
                        .contains("\"to\":\"BUSY\""));
        assertTrue(log.body().contains("\"to\":\"BUSY\""), log.body());
        api.put("agent1", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
        assertEquals(
                0,
                api.get("admin", "/events?size=200").body().split(poisonId, -1).length - 1,
                "the poison is not in the event log");
        assertEquals(
                0,
                api.get("admin", "/events?size=200").body().split(callPoison, -1).length - 1,
                "nor is the call event the call records refused");
    }

    /** Puts a message on the events topic as a faulty producer would, bypassing every check. */
    private static void sendRaw(String eventId, String eventType, long tenantId, String body) throws Exception {
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("java:/ConnectionFactory");
        Topic topic = (Topic) new InitialContext().lookup("java:/jms/callisto/events");
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer()
                    .setProperty("eventId", eventId)
                    .setProperty("eventType", eventType)
                    .setProperty("tenantId", tenantId)
                    .send(topic, body);
        }
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.events.CallEvent;
import dev.callisto.events.EventHeaders;
import dev.callisto.events.EventJson;
import dev.callisto.it.Api.Reply;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Topic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
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
        return ShrinkWrap.create(WebArchive.class, "poison-probe.war")
                .addClasses(Api.class, Api.Reply.class)
                .addPackage(CallEvent.class.getPackage());
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

    /**
     * A redelivered event can reach a reader behind new events of its call's group, in the same
     * read. The reader must not acknowledge it with them before it has been applied: it would be
     * gone when it then failed, instead of retried and dead-lettered.
     */
    @Test
    @OperateOnDeployment("probe")
    void poisonRedeliveredBehindNewEventsOfItsGroupStillLandsInTheDeadLetterQueue() throws Exception {
        String run = "behind-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        long tenant = 990_001; // no tenant of the demo data: its call records stay out of the other tests'
        long call = System.currentTimeMillis() * 64;
        String poisonId = run + "poison";
        String body = "{\"eventId\":\"" + poisonId + "\", \"type\": \"call.ended\", \"version\": 1," + " \"tenantId\": "
                + tenant + ", \"occurredAt\": \"" + Instant.now() + "\", \"callId\": \"x\"}";
        sendRaw(poisonId, "call.ended", tenant, body, EventHeaders.callGroup(call));
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("java:/ConnectionFactory");
        Topic topic = (Topic) new InitialContext().lookup("java:/jms/callisto/events");
        int fresh = 0;
        try (JMSContext jms = factory.createContext()) {
            // New events of other calls in the poison's group, while it is retried (200 and 400 ms later).
            for (long until = System.nanoTime() + 3_000_000_000L; System.nanoTime() < until; fresh++) {
                CallEvent e = new CallEvent(
                        run + fresh,
                        CallEvent.PREFIX + "arrived",
                        tenant,
                        Instant.now(),
                        call + EventHeaders.CALL_GROUPS * (fresh + 1L),
                        "RINGING",
                        "INBOUND",
                        "WEB",
                        "+8613000000000",
                        null,
                        null,
                        null,
                        null,
                        null,
                        1);
                EventHeaders.stamp(jms.createProducer(), e).send(topic, EventJson.write(e));
                Thread.sleep(5);
            }
        }

        Queue dlq = (Queue) new InitialContext().lookup("java:/jms/callisto/events.DLQ");
        Api api = new Api();
        int dead = api.await(Duration.ofSeconds(60), () -> deadLetters(factory, dlq, poisonId), n -> n > 0);
        assertEquals(1, dead, "the poison, once, in the dead-letter queue");
        int sent = fresh;
        assertEquals(
                sent,
                api.await(Duration.ofSeconds(30), () -> logged(run), n -> n == sent),
                "every new event in the event log");
    }

    private static int deadLetters(ConnectionFactory factory, Queue dlq, String eventId) {
        try (JMSContext jms = factory.createContext();
                QueueBrowser browser = jms.createBrowser(dlq, EventHeaders.EVENT_ID + " = '" + eventId + "'")) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int logged(String eventIdPrefix) {
        try (Connection c = ((DataSource) new InitialContext().lookup("java:jboss/datasources/CallistoDS"))
                        .getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from event_log where eventId like ?")) {
            s.setString(1, eventIdPrefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException | NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sendRaw(String eventId, String eventType, long tenantId, String body) throws Exception {
        sendRaw(eventId, eventType, tenantId, body, null);
    }

    /**
     * Puts a message on the events topic as a faulty producer would, bypassing every check; in a
     * call's message group if one is given.
     */
    private static void sendRaw(String eventId, String eventType, long tenantId, String body, String group)
            throws Exception {
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("java:/ConnectionFactory");
        Topic topic = (Topic) new InitialContext().lookup("java:/jms/callisto/events");
        try (JMSContext jms = factory.createContext()) {
            JMSProducer producer = jms.createProducer();
            if (group != null) {
                producer.setProperty(EventHeaders.GROUP, group);
            }
            producer.setProperty("eventId", eventId)
                    .setProperty("eventType", eventType)
                    .setProperty("tenantId", tenantId)
                    .send(topic, body);
        }
    }
}

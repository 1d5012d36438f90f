package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A system outside the server (a CRM, a data warehouse) reads the events topic as integrators
 * do, with the plain Artemis client over the web port: as {@code events-reader} it gets the events
 * of a call it did not start, each matching the AsyncAPI document the server serves, and it cannot
 * put an event of its own on the topic; a staff login without that role is not let in at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutsideConsumerIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private static final ObjectMapper SCHEMA_JSON = new ObjectMapper();

    private final Api api = new Api();

    /** The call events' schema, as the server serves its AsyncAPI document to anyone. */
    private static JsonSchema callEventSchema() throws Exception {
        int port = 8080 + Integer.getInteger("it.port.offset", 0);
        HttpResponse<String> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callisto/asyncapi.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode(), "the event contract is public");
        JsonNode document = SCHEMA_JSON.readTree(served.body());
        assertEquals("3.0.0", document.path("asyncapi").asText());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(document.path("components").path("schemas").path("CallEvent"));
    }

    private static ActiveMQConnectionFactory broker(String user) {
        int port = 8080 + Integer.getInteger("it.port.offset", 0);
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                "tcp://localhost:" + port + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
        factory.setUser(user);
        factory.setPassword("demo");
        return factory;
    }

    @Test
    void anEventsReaderGetsTheCallEventsAndCannotForgeOne() throws Exception {
        try (ActiveMQConnectionFactory factory = broker("integration");
                Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Topic topic = session.createTopic("jms.topic.callisto.events");
            MessageConsumer consumer = session.createConsumer(topic, "eventType LIKE 'call.%'");
            connection.start();

            long call = Calls.id(api.post(
                            "admin",
                            "/calls",
                            "{\"channel\":\"WEB\",\"customer\":\"+8613700000071\",\"flow\":\"main\"}")
                    .json());
            // The call's events until it waits in the queue, each checked against the served contract.
            JsonSchema contract = callEventSchema();
            List<String> types = new ArrayList<>();
            for (Message m = consumer.receive(15_000); m != null; m = consumer.receive(15_000)) {
                String text = ((TextMessage) m).getText();
                JsonObject e = Json.createReader(new StringReader(text)).readObject();
                if (e.getJsonNumber("callId").longValue() != call) {
                    continue;
                }
                assertEquals(Set.of(), contract.validate(SCHEMA_JSON.readTree(text)), text);
                assertEquals(e.getString("eventId"), m.getStringProperty("eventId"), "the property carries the id");
                types.add(e.getString("type"));
                if (e.getString("status").equals("IVR")) {
                    break;
                }
            }
            assertTrue(types.contains("call.arrived"), "the outside consumer got call " + call + "'s events: " + types);

            MessageProducer producer = session.createProducer(topic);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT); // sent and confirmed: a refusal is seen
            TextMessage forged = session.createTextMessage("{\"eventId\":\"" + UUID.randomUUID()
                    + "\",\"type\":\"call.ended\",\"version\":1,\"tenantId\":1,\"callId\":" + call + "}");
            forged.setStringProperty("eventType", "call.ended");
            assertThrows(JMSSecurityException.class, () -> producer.send(forged), "an events reader cannot send");
            api.post("admin", "/calls/" + call + "/customer-hangup", null);
        }
    }

    @Test
    void aStaffLoginWithoutTheReadersRoleCannotSubscribe() throws Exception {
        try (ActiveMQConnectionFactory factory = broker("supervisor");
                Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Topic topic = session.createTopic("jms.topic.callisto.events");
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(topic));
        }
    }
}

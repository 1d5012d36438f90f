package dev.callisto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document (served at /callisto/asyncapi.json) says what the records write: each
 * event, with every field filled in, validates against its schema, and no schema lists a field
 * the event does not write. A field added to a record and not to the document fails here.
 */
class AsyncApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-12-04T10:00:00.123456Z");
    private static final String ID = "3536a9e9-6f1c-4a38-9d0e-1f2a3b4c5d6e";

    private static JsonNode document() throws IOException {
        try (InputStream in = EventJson.class.getResourceAsStream("asyncapi.json")) {
            return JSON.readTree(in);
        }
    }

    private static final List<CallistoEvent> FULL = List.of(
            new AgentStateChanged(ID, 1, AT, 42, "agent1", "IDLE", "BREAK", "meal", 65, "agent"),
            new ContactEvent(ID, ContactEvent.OFFERED, 1, AT, 51, 3, 1L, "CALL", 0, "longest idle"),
            new CallEvent(
                    ID,
                    CallEvent.ENDED,
                    1,
                    AT,
                    7,
                    "ENDED",
                    "INBOUND",
                    "PHONE",
                    "+8613700000000",
                    3L,
                    1L,
                    "the customer hung up",
                    new CallEvent.Summary("ANSWERED", "CUSTOMER", 4, 3, 60, 5, 80, 5, 4.2, 4.1, 3.9),
                    60L,
                    9),
            new TicketEvent(ID, TicketEvent.ASSIGNED, 1, AT, 11, "OPEN", 1L, 3L, "+8613700000000", "to agent1"),
            new TrunkEvent(ID, TrunkEvent.DOWN, 1, AT, 2, "carrier", "408 from the registrar"));

    private static JsonSchema schemaOf(JsonNode document, CallistoEvent event) {
        JsonNode schema = document.path("components")
                .path("schemas")
                .path(event.getClass().getSimpleName());
        assertFalse(
                schema.isMissingNode(),
                "the document has a schema for " + event.getClass().getSimpleName());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    @Test
    void everyEventWithEveryFieldMatchesItsSchemaAndTheSchemaListsNothingElse() throws IOException {
        JsonNode document = document();
        for (CallistoEvent event : FULL) {
            JsonNode written = JSON.readTree(EventJson.write(event));
            Set<ValidationMessage> errors = schemaOf(document, event).validate(written);
            assertEquals(Set.of(), errors, event.getClass().getSimpleName() + ": " + written);
            Set<String> documented = new TreeSet<>();
            document.path("components")
                    .path("schemas")
                    .path(event.getClass().getSimpleName())
                    .path("properties")
                    .fieldNames()
                    .forEachRemaining(documented::add);
            Set<String> fields = new TreeSet<>();
            written.fieldNames().forEachRemaining(fields::add);
            assertEquals(documented, fields, event.getClass().getSimpleName() + " writes what its schema lists");
        }
    }

    @Test
    void aFieldTheDocumentDoesNotKnowOrAWrongValueFails() throws IOException {
        JsonNode document = document();
        CallistoEvent event = FULL.get(0);
        String written = EventJson.write(event);
        assertFalse(schemaOf(document, event)
                .validate(JSON.readTree(written.replace("{", "{\"addedInCode\":1,")))
                .isEmpty());
        assertFalse(schemaOf(document, event)
                .validate(JSON.readTree(written.replace("\"IDLE\"", "\"ASLEEP\"")))
                .isEmpty());
    }

    @Test
    void theDocumentIsAsyncApi3WithOneMessagePerEventType() throws IOException {
        JsonNode document = document();
        assertEquals("3.0.0", document.path("asyncapi").asText());
        assertEquals(
                "jms.topic.callisto.events",
                document.path("channels").path("events").path("address").asText());
        assertEquals(5, document.path("components").path("messages").size());
        assertTrue(document.path("operations")
                .path("receiveEvents")
                .path("action")
                .asText()
                .equals("receive"));
    }
}

package dev.callisto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final AgentStateChanged event = new AgentStateChanged(
            "e-1", 7, Instant.parse("2026-11-22T08:00:00Z"), 42, "agent1", "IDLE", "BREAK", "meal", 65, "agent");

    @Test
    void writesTypeAndVersionSoConsumersCanDispatchWithoutKnowingTheClass() {
        String json = EventJson.write(event);
        assertTrue(json.contains("\"type\":\"agent.state-changed\""), json);
        assertTrue(json.contains("\"version\":1"), json);
        assertTrue(json.contains("\"occurredAt\":\"2026-11-22T08:00:00Z\""), json);
    }

    @Test
    void readsBackWhatItWrote() {
        assertEquals(event, EventJson.read(EventJson.write(event), AgentStateChanged.class));
    }

    @Test
    void toleratesFieldsItDoesNotKnow() {
        String json = EventJson.write(event).replace("{", "{\"addedInVersion2\":true,");
        assertEquals(event, EventJson.read(json, AgentStateChanged.class));
    }

    @Test
    void rejectsTextThatIsNotAnEvent() {
        assertThrows(MalformedEventException.class, () -> EventJson.read("not json", AgentStateChanged.class));
        assertThrows(MalformedEventException.class, () -> EventJson.read("{}", AgentStateChanged.class));
    }
}

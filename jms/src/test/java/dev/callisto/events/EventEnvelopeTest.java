package dev.callisto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    @Test
    void readsTheSharedFieldsOfAnyEventType() {
        var event = new AgentStateChanged(
                "e-9", 3, Instant.parse("2026-11-22T09:00:00Z"), 12, "a", "IDLE", "BUSY", null, 1, "agent");
        EventEnvelope envelope = EventEnvelope.parse(EventJson.write(event));
        assertEquals("e-9", envelope.eventId());
        assertEquals(AgentStateChanged.TYPE, envelope.type());
        assertEquals(1, envelope.version());
        assertEquals(3, envelope.tenantId());
        assertEquals(12L, envelope.agentId());
        assertEquals(Instant.parse("2026-11-22T09:00:00Z"), envelope.occurredAt());
    }

    @Test
    void readsACallEventFromTheFieldsItParsedAsFromTheText() {
        for (CallEvent e : List.of(CallEventTest.FULL, CallEventTest.SPARSE)) {
            String json = EventJson.write(e);
            assertEquals(e, EventEnvelope.parse(json).callEvent(), json);
            assertEquals(
                    EventJson.read(json, CallEvent.class),
                    EventEnvelope.parse(json).callEvent(),
                    json);
        }
    }

    @Test
    void refusesToReadAnotherEventAsACallEvent() {
        var event = new AgentStateChanged(
                "e-9", 3, Instant.parse("2026-11-22T09:00:00Z"), 12, "a", "IDLE", "BUSY", null, 1, "agent");
        EventEnvelope envelope = EventEnvelope.parse(EventJson.write(event));
        assertThrows(MalformedEventException.class, envelope::callEvent, "it has no call id");
    }

    @Test
    void rejectsMessagesThatAreNotEvents() {
        assertThrows(MalformedEventException.class, () -> EventEnvelope.parse("{broken"));
        assertThrows(MalformedEventException.class, () -> EventEnvelope.parse("[]"));
        assertThrows(MalformedEventException.class, () -> EventEnvelope.parse(""));
        assertThrows(
                MalformedEventException.class,
                () -> EventEnvelope.parse("{\"eventId\":\"x\",\"type\":\"t\",\"version\":1}"));
        assertThrows(
                MalformedEventException.class,
                () -> EventEnvelope.parse(
                        "{\"eventId\":\"x\",\"type\":\"t\",\"version\":1,\"tenantId\":\"one\",\"occurredAt\":\"2026-11-22T09:00:00Z\"}"));
        assertThrows(
                MalformedEventException.class,
                () -> EventEnvelope.parse(
                        "{\"eventId\":\"x\",\"type\":\"t\",\"version\":1,\"tenantId\":1,\"occurredAt\":\"yesterday\"}"));
    }
}

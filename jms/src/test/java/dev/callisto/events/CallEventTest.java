package dev.callisto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallEventTest {

    /** A call event with every field set, a summary with nulls, and text that needs escaping. */
    static final CallEvent FULL = new CallEvent(
            "e-full",
            "call.ended",
            7,
            Instant.parse("2026-11-22T10:00:00.123456Z"),
            9,
            "ENDED",
            "INBOUND",
            "H5",
            "visitor-1",
            3L,
            7L,
            "quoted \"detail\" ✓",
            new CallEvent.Summary("ABANDONED_IN_QUEUE", null, 1, 0, 0, 0, 10, null, null, null, null),
            45L,
            3);

    /** A call event with only the fields every call event has. */
    static final CallEvent SPARSE = new CallEvent(
            "e-sparse",
            "call.arrived",
            7,
            Instant.parse("2026-11-22T10:00:00Z"),
            9,
            "ARRIVED",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    @Test
    void carriesItsStepNumberAndSummaryThroughJson() {
        CallEvent e = new CallEvent(
                "e",
                "call.ended",
                1,
                Instant.parse("2026-11-22T10:00:00Z"),
                9,
                "ENDED",
                "INBOUND",
                "WEB",
                "+86",
                3L,
                7L,
                "hung up",
                new CallEvent.Summary("ANSWERED", "AGENT", 1, 2, 3, 4, 10, 5, 4.38, 3.9, 2.75),
                null,
                12);
        String json = EventJson.write(e);
        assertTrue(json.contains("\"sequence\":12"), json);
        CallEvent back = EventJson.read(json, CallEvent.class);
        assertEquals(12, back.sequence());
        assertEquals(e, back);
    }

    @Test
    void readsWhatJsonBindingWritesExactlyAsJsonBindingReadsIt() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (CallEvent e : List.of(FULL, SPARSE)) {
                String json = EventJson.write(e);
                assertEquals(jsonb.fromJson(json, CallEvent.class), EventJson.read(json, CallEvent.class), json);
                assertEquals(e, EventJson.read(json, CallEvent.class));
                String extended = "{\"addedLater\":[1]," + json.substring(1);
                assertEquals(e, EventJson.read(extended, CallEvent.class), "fields it does not know are skipped");
            }
        }
    }

    @Test
    void refusesCallEventsWithMissingOrWronglyTypedFields() {
        String good = EventJson.write(new CallEvent(
                "e",
                "call.held",
                1,
                Instant.parse("2026-11-22T10:00:00Z"),
                9,
                "HELD",
                null,
                null,
                null,
                null,
                4L,
                null,
                null,
                null,
                2));
        for (String bad : List.of(
                "not json",
                "[]",
                good.replace("\"callId\":9", "\"callId\":\"nine\""),
                good.replace("\"callId\":9,", ""),
                good.replace("\"agentId\":4", "\"agentId\":\"four\""),
                good.replace("\"sequence\":2", "\"sequence\":\"two\""),
                good.replace("{", "{\"summary\":\"none\","),
                good.replace("2026-11-22T10:00:00Z", "yesterday"),
                good.replace("\"eventId\":\"e\",", ""))) {
            assertThrows(MalformedEventException.class, () -> EventJson.read(bad, CallEvent.class), bad);
        }
    }
}

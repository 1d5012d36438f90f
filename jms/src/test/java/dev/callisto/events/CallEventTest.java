package dev.callisto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallEventTest {

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
                new CallEvent.Summary("ANSWERED", "AGENT", 1, 2, 3, 4, 10, 5),
                null,
                12);
        String json = EventJson.write(e);
        assertTrue(json.contains("\"sequence\":12"), json);
        CallEvent back = EventJson.read(json, CallEvent.class);
        assertEquals(12, back.sequence());
        assertEquals(e, back);
    }
}

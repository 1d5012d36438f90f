package dev.callisto.domain.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDurationsTest {

    private static final Instant DAY = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant NEXT_DAY = DAY.plus(Duration.ofDays(1));

    private static StateLogEntry span(AgentState state, String from, String to) {
        StateLogEntry e = new StateLogEntry(1, 1, state, null, Instant.parse(from));
        if (to != null) {
            e.close(Instant.parse(to));
        }
        return e;
    }

    @Test
    void clipsSpansToTheDayAndCountsTheOpenSpanUntilNow() {
        List<StateLogEntry> spans = List.of(
                span(AgentState.IDLE, "2026-11-21T23:30:00Z", "2026-11-22T00:10:00Z"),
                span(AgentState.BREAK, "2026-11-22T00:10:00Z", "2026-11-22T00:40:00Z"),
                span(AgentState.IDLE, "2026-11-22T00:40:00Z", "2026-11-22T01:00:00Z"),
                span(AgentState.BUSY, "2026-11-22T01:00:00Z", null));
        Map<AgentState, Duration> totals =
                StateDurations.within(spans, DAY, NEXT_DAY, Instant.parse("2026-11-22T01:15:00Z"));
        assertEquals(Duration.ofMinutes(30), totals.get(AgentState.IDLE));
        assertEquals(Duration.ofMinutes(30), totals.get(AgentState.BREAK));
        assertEquals(Duration.ofMinutes(15), totals.get(AgentState.BUSY));
        assertFalse(totals.containsKey(AgentState.TALKING));
    }
}

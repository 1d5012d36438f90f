package dev.callisto.domain.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Answers "how long was this agent in each state" over a period, such as today so far. */
public final class StateDurations {

    private StateDurations() {}

    /**
     * Sums the parts of the spans that fall inside [from, to); an open span counts up to {@code now}.
     */
    public static Map<AgentState, Duration> within(List<StateLogEntry> spans, Instant from, Instant to, Instant now) {
        Map<AgentState, Duration> totals = new EnumMap<>(AgentState.class);
        Instant until = to.isBefore(now) ? to : now;
        for (StateLogEntry span : spans) {
            Instant start = span.startedAt().isAfter(from) ? span.startedAt() : from;
            Instant end = span.endedAt() == null ? until : (span.endedAt().isBefore(until) ? span.endedAt() : until);
            if (end.isAfter(start)) {
                totals.merge(span.state(), Duration.between(start, end), Duration::plus);
            }
        }
        return totals;
    }
}

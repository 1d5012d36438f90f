package dev.callisto.web.rest.agent;

import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.StateLogEntry;
import java.time.Instant;

/** A span of the agent's state log; {@code endedAt} is null for the current state. */
public record StateSpanView(AgentState state, String breakReason, Instant startedAt, Instant endedAt) {
    static StateSpanView of(StateLogEntry e) {
        return new StateSpanView(e.state(), e.breakReason(), e.startedAt(), e.endedAt());
    }
}

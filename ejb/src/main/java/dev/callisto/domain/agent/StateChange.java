package dev.callisto.domain.agent;

import java.time.Duration;
import java.time.Instant;

/** One move of an agent's state, as it is logged and published. */
public record StateChange(
        AgentState from,
        String fromBreakReason,
        AgentState to,
        String toBreakReason,
        Instant at,
        Duration timeInPrevious) {}

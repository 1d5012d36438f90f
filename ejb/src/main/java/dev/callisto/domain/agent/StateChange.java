package dev.callisto.domain.agent;

import java.time.Duration;
import java.time.Instant;

/**
 * One move of an agent's state, as it is logged and published.
 *
 * @param afterCallWorkOf the call whose after-call work this move ends, however it ends (time up,
 *     finished, a state set by hand, signed out), or null
 */
public record StateChange(
        AgentState from,
        String fromBreakReason,
        AgentState to,
        String toBreakReason,
        Instant at,
        Duration timeInPrevious,
        Long afterCallWorkOf) {}

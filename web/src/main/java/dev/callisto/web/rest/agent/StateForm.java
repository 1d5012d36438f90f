package dev.callisto.web.rest.agent;

import dev.callisto.domain.agent.AgentState;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The state an agent chooses: SIGNED_OUT, IDLE, BUSY, or BREAK with a break reason code. */
public record StateForm(@NotNull AgentState state, @Size(max = 40) String breakReason) {}

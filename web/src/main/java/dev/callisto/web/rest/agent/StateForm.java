package dev.callisto.web.rest.agent;

import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.AnswerMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The state an agent chooses: SIGNED_OUT, IDLE, BUSY, or BREAK with a break reason code; and,
 * optionally (at sign-in), the answer mode to use.
 */
public record StateForm(@NotNull AgentState state, @Size(max = 40) String breakReason, AnswerMode answerMode) {}

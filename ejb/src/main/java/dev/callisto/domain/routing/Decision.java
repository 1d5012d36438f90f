package dev.callisto.domain.routing;

import java.util.List;

/**
 * Why a contact went to an agent: the strategy, the winner, the reason in words, and the best
 * few candidates in the order the strategy ranked them (the winner first).
 */
public record Decision(Strategy strategy, long chosenAgentId, String reason, List<Candidate> candidates) {}

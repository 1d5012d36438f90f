package dev.callisto.domain.routing;

/** An agent considered for a contact, and what the strategy ranked them by. */
public record Candidate(long agentId, String rankedBy) {}

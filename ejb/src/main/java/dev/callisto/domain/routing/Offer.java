package dev.callisto.domain.routing;

/** A contact reserved for an agent until {@code deadlineMillis}, when it rings out. */
public record Offer(
        long contactId, long agentId, long groupId, ContactKind kind, long deadlineMillis, Decision decision) {}

package dev.callisto.domain.routing;

/** A waiting contact that has waited longer than its queue allows. */
public record Overflow(long contactId, long groupId, OverflowAction action, Long targetGroupId) {}

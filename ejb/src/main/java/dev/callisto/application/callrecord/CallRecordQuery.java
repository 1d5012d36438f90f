package dev.callisto.application.callrecord;

import java.time.Instant;

/**
 * Filters of a call record search; nulls mean "any". {@code sort} is a field name with an optional
 * leading {@code -} for descending (default {@code -arrivedAt}).
 */
public record CallRecordQuery(
        Instant from,
        Instant to,
        Long agentId,
        Long skillGroupId,
        String customer,
        String result,
        String channel,
        String direction,
        Long minTalkSeconds,
        Long maxTalkSeconds,
        boolean missedOnly,
        String sort) {}

package dev.callisto.domain.call;

/** The durations (seconds) and outcome of an ended call, as its call record shows them. */
public record CallSummary(
        CallResult result,
        Party hungUpBy,
        long queueSeconds,
        long ringSeconds,
        long talkSeconds,
        long holdSeconds,
        long sessionSeconds,
        Integer satisfaction) {}

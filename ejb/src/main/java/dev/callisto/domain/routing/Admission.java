package dev.callisto.domain.routing;

/**
 * What happened to a contact entering a queue: queued at a position with an estimated wait, or
 * overflowed at once because the queue was full.
 */
public record Admission(boolean queued, int position, long estimatedWaitSeconds, OverflowAction overflow) {

    static Admission queued(int position, long estimatedWaitSeconds) {
        return new Admission(true, position, estimatedWaitSeconds, null);
    }

    static Admission overflowed(OverflowAction action) {
        return new Admission(false, 0, 0, action);
    }
}

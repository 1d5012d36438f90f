package dev.callisto.domain.call;

/** How a call ended, as the call record reports it. */
public enum CallResult {
    ANSWERED,
    ABANDONED_IN_QUEUE,
    ABANDONED_WHILE_RINGING,
    QUEUE_TIMEOUT,
    OVERFLOWED,
    BLACKLISTED,
    QUICK_HANGUP,
    NO_ANSWER,
    FAILED;

    /** Inbound calls nobody answered: the missed-call list offers to call these back. */
    public boolean isMissed() {
        return this == ABANDONED_IN_QUEUE
                || this == ABANDONED_WHILE_RINGING
                || this == QUEUE_TIMEOUT
                || this == OVERFLOWED;
    }
}

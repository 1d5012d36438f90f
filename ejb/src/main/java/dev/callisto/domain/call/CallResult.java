package dev.callisto.domain.call;

/** How a call ended, as the call record reports it. */
public enum CallResult {
    ANSWERED,
    /** The caller hung up in the IVR. */
    ABANDONED_IN_IVR,
    /** The IVR ended the call: no input, or a hang-up node without a result of its own. */
    ENDED_IN_IVR,
    OFF_HOURS,
    /** The caller left a message (it became a ticket). */
    LEFT_MESSAGE,
    /** The IVR transferred the call to an outside number. */
    TRANSFERRED_OUT,
    ABANDONED_IN_QUEUE,
    ABANDONED_WHILE_RINGING,
    QUEUE_TIMEOUT,
    OVERFLOWED,
    BLACKLISTED,
    QUICK_HANGUP,
    NO_ANSWER,
    /** An outbound call the callee's line refused as busy (SIP 486, 600). */
    BUSY,
    /** An outbound call the callee declined (SIP 603). */
    REJECTED,
    FAILED;

    /** Inbound calls nobody answered: the missed-call list offers to call these back. */
    public boolean isMissed() {
        return this == ABANDONED_IN_QUEUE
                || this == OFF_HOURS
                || this == ABANDONED_WHILE_RINGING
                || this == QUEUE_TIMEOUT
                || this == OVERFLOWED;
    }
}

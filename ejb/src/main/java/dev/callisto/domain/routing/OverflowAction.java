package dev.callisto.domain.routing;

/** Where a contact goes when its queue is too long or it has waited too long. */
public enum OverflowAction {
    /** Into another skill group's queue, keeping its place in arrival order. */
    SKILL_GROUP,
    /** To leave a message. */
    VOICEMAIL,
    /** The customer is promised a call back and the contact leaves the queue. */
    CALLBACK,
    /** A polite prompt, then the call ends: the contact timed out. */
    HANGUP
}

package dev.callisto.domain.routing;

/**
 * What kind of work a contact is, which decides the agent's capacity for it: one call at a time,
 * up to the agent's maximum of concurrent chats.
 */
public enum ContactKind {
    CALL,
    CHAT
}

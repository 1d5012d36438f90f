package dev.callisto.application.routing;

import dev.callisto.domain.routing.ContactKind;

/**
 * A committed change of a contact that the routing engine must mirror. Fired inside the
 * transaction, observed after it commits, so the engine never holds what was rolled back.
 */
public record ContactChanged(
        Change change,
        long contactId,
        long groupId,
        ContactKind kind,
        int priority,
        long enqueuedAtMillis,
        Long preferredAgentId,
        Long requiredAgentId,
        long handleSeconds) {

    public enum Change {
        QUEUED,
        ACCEPTED,
        MISSED,
        MOVED,
        FINISHED
    }
}

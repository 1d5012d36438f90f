package dev.callisto.domain.routing;

import java.util.Map;

/**
 * What routing needs to know of an agent, as committed in the database.
 *
 * @param ready signed in and idle: may be offered new contacts
 * @param signedIn counts for staffing (estimated wait), ready or not
 * @param levels skill group id to the agent's level there
 */
public record AgentSnapshot(
        long agentId,
        boolean ready,
        boolean signedIn,
        long readySinceMillis,
        int contactsToday,
        int chatCapacity,
        Map<Long, Integer> levels) {}

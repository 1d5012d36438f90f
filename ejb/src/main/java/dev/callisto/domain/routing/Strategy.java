package dev.callisto.domain.routing;

/** How a skill group picks among the agents available for a contact. */
public enum Strategy {
    /** The agent idle for the longest time. */
    LONGEST_IDLE,
    /** The agent who has taken the fewest contacts today, then the longest idle. */
    FEWEST_CALLS,
    /** The agent with the lowest share of their capacity in use (for concurrent chats). */
    LEAST_OCCUPIED,
    /** The agent offered a contact least recently. */
    ROUND_ROBIN,
    /** Any available agent, uniformly. */
    RANDOM,
    /** The most skilled agents first; lower levels become eligible as the contact keeps waiting. */
    SKILL_LEVEL
}

package dev.callisto.domain.agent;

import dev.callisto.domain.ConflictException;

/** The agent cannot go there from where they are (for example, on a break straight from signed out). */
public class IllegalAgentTransitionException extends ConflictException {
    public IllegalAgentTransitionException(AgentState from, AgentState to, String hint) {
        super("agent cannot go from " + from + " to " + to + (hint == null ? "" : ": " + hint));
    }
}

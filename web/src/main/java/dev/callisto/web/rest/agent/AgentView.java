package dev.callisto.web.rest.agent;

import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.AnswerMode;
import java.time.Instant;

/** An agent as the API shows it, with the agent's current state. */
public record AgentView(
        long id,
        String login,
        String displayName,
        String workNumber,
        String phoneNumber,
        AnswerMode answerMode,
        int maxConcurrentChats,
        AgentState state,
        String breakReason,
        Instant stateSince) {

    public static AgentView of(Agent a) {
        var p = a.profile();
        return new AgentView(
                a.id(),
                a.login(),
                p.displayName(),
                p.workNumber(),
                p.phoneNumber(),
                p.answerMode(),
                p.maxConcurrentChats(),
                a.state(),
                a.breakReason(),
                a.stateSince());
    }
}

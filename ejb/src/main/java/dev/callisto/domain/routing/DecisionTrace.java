package dev.callisto.domain.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Writes down why a contact went to an agent: the winner, the runners-up, and the rule that decided. */
final class DecisionTrace {

    private static final int CANDIDATES_TRACED = 5;

    private DecisionTrace() {}

    static Decision explain(GroupQueue g, QueuedContact t, AgentSlot chosen, TreeSet<AgentSlot> available, long now) {
        if (t.requiredAgentId != null) {
            return new Decision(
                    g.rules.strategy(),
                    chosen.agentId,
                    "transferred to this agent",
                    List.of(new Candidate(chosen.agentId, g.rankedBy(chosen, now))));
        }
        if (t.preferredAgentId != null && chosen.agentId == t.preferredAgentId && g.rules.lastAgentSeconds() > 0) {
            return new Decision(
                    g.rules.strategy(),
                    chosen.agentId,
                    "last-agent priority: served this customer last",
                    List.of(new Candidate(chosen.agentId, g.rankedBy(chosen, now))));
        }
        List<Candidate> ranked = new ArrayList<>();
        ranked.add(new Candidate(chosen.agentId, g.rankedBy(chosen, now)));
        for (AgentSlot a : available) {
            if (ranked.size() == CANDIDATES_TRACED) {
                break;
            }
            if (a != chosen) {
                ranked.add(new Candidate(
                        a.agentId,
                        g.rankedBy(a, now) + (t.missedBy.contains(a.agentId) ? ", skipped: missed this contact" : "")));
            }
        }
        String reason = g.rules.strategy().name().toLowerCase().replace('_', ' ') + ": best of " + available.size()
                + " available (" + g.rankedBy(chosen, now) + ")";
        return new Decision(g.rules.strategy(), chosen.agentId, reason, List.copyOf(ranked));
    }
}

package dev.callisto.web.page;

import dev.callisto.application.live.LiveSnapshot;
import dev.callisto.domain.agent.AgentState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The live monitoring page and wallboard: which call counters and agent states they show. */
@Named
@RequestScoped
public class MonitorView {

    /** The call counters, in the order the page shows them. */
    public List<String> getCallCounters() {
        return LiveSnapshot.CALL_COUNTERS;
    }

    public List<String> getStates() {
        return Arrays.stream(AgentState.values())
                .filter(s -> s != AgentState.SIGNED_OUT)
                .map(Enum::name)
                .toList();
    }
}

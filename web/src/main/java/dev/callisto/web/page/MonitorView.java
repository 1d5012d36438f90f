package dev.callisto.web.page;

import dev.callisto.domain.agent.AgentState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The live monitoring page: which agent states it counts (all but signed out). */
@Named
@RequestScoped
public class MonitorView {

    public List<String> getStates() {
        return Arrays.stream(AgentState.values())
                .filter(s -> s != AgentState.SIGNED_OUT)
                .map(Enum::name)
                .toList();
    }
}

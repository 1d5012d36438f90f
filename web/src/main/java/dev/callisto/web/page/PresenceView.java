package dev.callisto.web.page;

import dev.callisto.application.AgentService;
import dev.callisto.application.AgentStateService;
import dev.callisto.application.BreakReasonService;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.BreakReason;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The signed-in agent's presence: sign in, ready, busy, break, sign out. */
@Named
@ViewScoped
public class PresenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AgentService agents;

    @Inject
    private transient AgentStateService states;

    @Inject
    private transient BreakReasonService breakReasons;

    private Agent agent;
    private List<BreakReason> reasons;
    private String breakReason;

    @PostConstruct
    void load() {
        agent = agents.mine().orElse(null);
        reasons = breakReasons.list().stream().filter(BreakReason::active).toList();
    }

    public void change(String target) {
        try {
            agent = states.change(agent.id(), AgentState.valueOf(target), breakReason);
        } catch (DomainException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public boolean isSignedInAsAgent() {
        return agent != null;
    }

    public Agent getAgent() {
        return agent;
    }

    public List<BreakReason> getReasons() {
        return reasons;
    }

    public String getBreakReason() {
        return breakReason;
    }

    public void setBreakReason(String breakReason) {
        this.breakReason = breakReason;
    }

    public String getUser() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}

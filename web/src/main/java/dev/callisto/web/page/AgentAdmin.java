package dev.callisto.web.page;

import dev.callisto.application.AgentService;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentProfile;
import dev.callisto.domain.agent.AnswerMode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The admin console's agents: the tenant's list and a form to add one (checked field by field). */
@Named
@ViewScoped
public class AgentAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AgentService agents;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
    private String login;

    @NotBlank
    @Size(max = 120)
    private String displayName;

    @Size(max = 20)
    private String workNumber;

    private AnswerMode answerMode = AnswerMode.BROWSER_PHONE;

    public List<Agent> getAgents() {
        return agents.list(null, null, 0, 200).items();
    }

    public AnswerMode[] getAnswerModes() {
        return AnswerMode.values();
    }

    public void add() {
        try {
            agents.create(login, new AgentProfile(displayName, workNumber, null, answerMode, 1));
            FormMessages.saved("Agent " + login + " added");
            login = null;
            displayName = null;
            workNumber = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:agentForm", e, "login");
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getWorkNumber() {
        return workNumber;
    }

    public void setWorkNumber(String workNumber) {
        this.workNumber = workNumber;
    }

    public AnswerMode getAnswerMode() {
        return answerMode;
    }

    public void setAnswerMode(AnswerMode answerMode) {
        this.answerMode = answerMode;
    }
}

package dev.callisto.web.page;

import dev.callisto.application.AgentService;
import dev.callisto.application.phone.AgentPhoneService;
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

    @Inject
    private transient AgentPhoneService phones;

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

    @Size(max = 32)
    @Pattern(regexp = "(\\+?[0-9]{3,31})?", message = "digits, optionally after +")
    private String phoneNumber;

    /** The desk phone's SIP password, if the agent gets a SIP account now (kept only as its hash). */
    @Size(max = 64)
    private String password;

    public List<Agent> getAgents() {
        return agents.list(null, null, 0, 200).items();
    }

    public AnswerMode[] getAnswerModes() {
        return AnswerMode.values();
    }

    public void add() {
        boolean sipAccount = password != null && !password.isEmpty();
        if (sipAccount && password.length() < 8) {
            FormMessages.showAt("tabs:agentForm", "password", "the SIP password has 8 to 64 characters");
            return;
        }
        try {
            String bound = phoneNumber == null || phoneNumber.isBlank() ? null : phoneNumber;
            Agent agent = agents.create(login, new AgentProfile(displayName, workNumber, bound, answerMode, 1));
            if (sipAccount) {
                phones.setSipPassword(agent.id(), password);
            }
            FormMessages.saved("Agent " + login + " added");
            login = null;
            displayName = null;
            workNumber = null;
            phoneNumber = null;
            password = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:agentForm", e, "login");
        }
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

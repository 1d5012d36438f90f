package dev.callisto.web.page;

import dev.callisto.application.AgentService;
import dev.callisto.application.Page;
import dev.callisto.application.SkillGroupService;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.routing.OverflowAction;
import dev.callisto.domain.routing.Strategy;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin console's set-up of one skill group: its members with their skill levels (add, change
 * the level, remove) and its routing settings (strategy, ring time, last agent, overflow...).
 */
@Named
@ViewScoped
public class GroupSetupAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SkillGroupService groups;

    @Inject
    private transient AgentService agents;

    private Long groupId;

    private RoutingFields routing;

    @NotNull
    private Long agentId;

    @Min(SkillGroupMember.LOWEST_LEVEL)
    @Max(SkillGroupMember.HIGHEST_LEVEL)
    private int level = 3;

    /** A member of the chosen group, with the agent's login. */
    public record MemberRow(long agentId, String login, int level) implements Serializable {}

    /** Read when the group or its members change, not on each of the table's reads per request. */
    private List<MemberRow> members = List.of();

    public List<SkillGroup> getGroups() {
        return groups.list(null, 0, Page.MAX_SIZE).items();
    }

    public List<Agent> getAgents() {
        return agents.list(null, null, 0, Page.MAX_SIZE).items();
    }

    public Strategy[] getStrategies() {
        return Strategy.values();
    }

    public OverflowAction[] getOverflowActions() {
        return OverflowAction.values();
    }

    /** Shows the chosen group's members and routing settings for editing. */
    public void choose() {
        routing = groupId == null ? null : RoutingFields.of(groups.get(groupId).rules());
        readMembers();
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    private void readMembers() {
        if (groupId == null) {
            members = List.of();
            return;
        }
        Map<Long, String> logins = getAgents().stream().collect(Collectors.toMap(Agent::id, Agent::login));
        members = groups.members(groupId).stream()
                .map(m -> new MemberRow(m.agentId(), logins.getOrDefault(m.agentId(), "#" + m.agentId()), m.level()))
                .toList();
    }

    public void putMember() {
        try {
            groups.putMember(groupId, agentId, level);
            readMembers();
            FormMessages.saved("Member saved");
        } catch (DomainException e) {
            FormMessages.show("tabs:memberForm", e, "agent");
        }
    }

    public void removeMember(long agent) {
        groups.removeMember(groupId, agent);
        readMembers();
        FormMessages.saved("Member removed");
    }

    public void saveRouting() {
        try {
            routing = RoutingFields.of(
                    groups.changeRules(groupId, routing.rules()).rules());
            FormMessages.saved("Routing saved");
        } catch (DomainException e) {
            FormMessages.show("tabs:routingForm", e, null);
        }
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public RoutingFields getRouting() {
        return routing;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }
}

package dev.callisto.application.ticket;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Finds tickets and their types in the caller's tenant and says who may work on them: team leads
 * and admins on all of the tenant's; an agent on those assigned to them, to one of their skill
 * groups, or that they opened.
 */
@ApplicationScoped
public class TicketAccess {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public long tenantId() {
        return caller.tenantId();
    }

    public String login() {
        return caller.login();
    }

    public boolean seesAll() {
        return caller.isInRole(Roles.SUPERVISOR) || caller.isInRole(Roles.ADMIN);
    }

    /** A ticket of the tenant that the caller may work on; others' tickets are simply not found. */
    public Ticket ticket(long id) {
        Ticket ticket = em.find(Ticket.class, id);
        if (ticket == null || ticket.tenantId() != tenantId()) {
            throw new NotFoundException("ticket", id);
        }
        if (!seesAll() && !isMine(ticket)) {
            throw new ForbiddenException("agents work only on tickets of their own or of their skill groups");
        }
        return withConversation(ticket);
    }

    /** Loads replies and history now: the API shows them after this transaction has ended. */
    private static Ticket withConversation(Ticket ticket) {
        ticket.replies().size();
        ticket.history().size();
        return ticket;
    }

    public TicketType type(long id) {
        TicketType type = em.find(TicketType.class, id);
        if (type == null || type.tenantId() != tenantId()) {
            throw new NotFoundException("ticket type", id);
        }
        return type;
    }

    public Agent agent(long id) {
        Agent agent = em.find(Agent.class, id);
        if (agent == null || agent.tenantId() != tenantId()) {
            throw new NotFoundException("agent", id);
        }
        return agent;
    }

    public SkillGroup group(long id) {
        SkillGroup group = em.find(SkillGroup.class, id);
        if (group == null || group.tenantId() != tenantId()) {
            throw new NotFoundException("skill group", id);
        }
        return group;
    }

    /** The caller's agent record, if they are an agent. */
    public Optional<Agent> me() {
        return caller.agent();
    }

    /** The skill groups the caller is a member of (none if they are not an agent). */
    public List<Long> myGroups() {
        return me().map(agent -> em.createNamedQuery("SkillGroupMember.ofAgent", SkillGroupMember.class)
                        .setParameter("tenantId", tenantId())
                        .setParameter("agentId", agent.id())
                        .getResultStream()
                        .map(SkillGroupMember::skillGroupId)
                        .toList())
                .orElse(List.of());
    }

    public boolean isInRole(String role) {
        return caller.isInRole(role);
    }

    private boolean isMine(Ticket ticket) {
        Long me = me().map(Agent::id).orElse(null);
        return me != null && me.equals(ticket.assigneeAgentId())
                || ticket.createdBy().equals(login())
                || ticket.skillGroupId() != null && myGroups().contains(ticket.skillGroupId());
    }
}

package dev.callisto.application.ticket;

import dev.callisto.application.Roles;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import dev.callisto.domain.ticket.IllegalTicketTransitionException;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketStatus;
import dev.callisto.events.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** Moves tickets through their workflow, between people, and sets follow-up reminders. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class TicketWorkflow {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketAccess access;

    @Inject
    private TicketEvents events;

    @Inject
    private TicketSettings settings;

    @Inject
    private Clock clock;

    /** Changes the status; closing needs a role the tenant's admins allowed to close. */
    public Ticket moveTo(long id, TicketStatus target) {
        Ticket ticket = access.ticket(id);
        if (!ticket.status().canMoveTo(target)) {
            throw new IllegalTicketTransitionException(ticket.status(), target);
        }
        if (target == TicketStatus.CLOSED && settings.closingRoles().stream().noneMatch(access::isInRole)) {
            throw new ForbiddenException("closing tickets is allowed to " + settings.closingRoles() + " only");
        }
        TicketStatus before = ticket.status();
        ticket.moveTo(target, access.login(), clock.instant());
        events.publish(
                target == TicketStatus.RESOLVED ? TicketEvent.RESOLVED : TicketEvent.STATUS_CHANGED,
                ticket,
                before.name());
        return ticket;
    }

    /**
     * Gives a ticket to an agent, a skill group, or an agent within a group (a team lead sharing
     * out the group's tickets); an agent also uses this to take a group ticket or pass theirs on.
     */
    public Ticket assign(long id, Long agentId, Long groupId) {
        if (agentId == null && groupId == null) {
            throw new InvalidInputException("assigneeAgentId", "give an agent, a skill group, or both");
        }
        Ticket ticket = access.ticket(id);
        Long agent = agentId == null ? null : access.agent(agentId).id();
        Long group = groupId == null ? null : access.group(groupId).id();
        if (agent != null && group != null && !isMember(agent, group)) {
            throw new InvalidInputException(
                    "assigneeAgentId", "agent " + agent + " is not a member of skill group " + group);
        }
        ticket.assignTo(agent, group, access.login(), clock.instant());
        events.publish(TicketEvent.ASSIGNED, ticket, null);
        return ticket;
    }

    /** Asks to be reminded at {@code at} (null clears the reminder). */
    public Ticket remindAt(long id, Instant at) {
        Ticket ticket = access.ticket(id);
        ticket.remindAt(at, access.login(), clock.instant());
        return ticket;
    }

    private boolean isMember(long agentId, long groupId) {
        return !em.createNamedQuery("SkillGroupMember.find", SkillGroupMember.class)
                .setParameter("tenantId", access.tenantId())
                .setParameter("groupId", groupId)
                .setParameter("agentId", agentId)
                .getResultList()
                .isEmpty();
    }
}

package dev.callisto.application;

import dev.callisto.application.PresenceLog.AgentChanged;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentProfile;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import dev.callisto.domain.tenant.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** Admins create and edit agents; supervisors look them up; an agent sees their own record. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class AgentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Event<AgentChanged> changed;

    public Page<Agent> list(String search, AgentState state, int page, int size) {
        return new PagedQuery<>(Agent.class, caller.tenantId())
                .search(
                        "(lower(e.login) like concat('%', :q, '%') or lower(e.profile.displayName) like concat('%', :q, '%'))",
                        search)
                .filter("e.state = :state", "state", state)
                .fetch(em, "e.login", page, size);
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Agent get(long id) {
        Agent agent = find(em, caller.tenantId(), id);
        if (!caller.mayActFor(agent.login())) {
            throw new ForbiddenException("agents see only their own record");
        }
        return agent;
    }

    /** The signed-in user's own agent record, if they are an agent. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Optional<Agent> mine() {
        return caller.agent();
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("agent.create")
    public Agent create(String login, AgentProfile profile) {
        long tenantId = caller.tenantId();
        Optional<UserAccount> account = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
        if (account.isPresent() && account.get().tenantId() != tenantId) {
            throw new ConflictException("login", "login " + login + " is already in use");
        }
        if (!em.createNamedQuery("Agent.findByLogin", Agent.class)
                .setParameter("tenantId", tenantId)
                .setParameter("login", login)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("login", "an agent with login " + login + " already exists");
        }
        if (account.isEmpty()) {
            em.persist(new UserAccount(login, tenantId));
        }
        Agent agent = new Agent(tenantId, login, profile, clock.instant());
        em.persist(agent);
        em.flush();
        changed.fire(new AgentChanged(agent.id()));
        return agent;
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("agent.update")
    public Agent update(long id, AgentProfile profile) {
        Agent agent = find(em, caller.tenantId(), id);
        agent.updateProfile(profile);
        changed.fire(new AgentChanged(id));
        return agent;
    }

    /** Only a signed-out agent can be removed, so no call or offer is left pointing at nobody. */
    @RolesAllowed(Roles.ADMIN)
    @Audited("agent.delete")
    public void delete(long id) {
        long tenantId = caller.tenantId();
        Agent agent = find(em, tenantId, id);
        if (agent.state() != AgentState.SIGNED_OUT) {
            throw new ConflictException("agent " + agent.login() + " is signed in; sign them out first");
        }
        em.createNamedQuery("SkillGroupMember.ofAgent", SkillGroupMember.class)
                .setParameter("tenantId", tenantId)
                .setParameter("agentId", id)
                .getResultList()
                .forEach(em::remove);
        em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", agent.login())
                .getResultList()
                .forEach(em::remove);
        em.remove(agent);
        changed.fire(new AgentChanged(id));
    }

    static Agent find(EntityManager em, long tenantId, long id) {
        Agent agent = em.find(Agent.class, id);
        if (agent == null || agent.tenantId() != tenantId) {
            throw new NotFoundException("agent", id);
        }
        return agent;
    }
}

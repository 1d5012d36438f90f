package dev.callisto.application.phone;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentPhone;
import dev.callisto.domain.agent.AnswerMode;
import dev.callisto.domain.tenant.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * How an agent takes calls, as people change it: the agent (or a supervisor) switches the answer
 * mode; an admin sets the agent's SIP password for a desk phone (its SIP account is the agent's
 * login in the tenant's SIP domain, the tenant's code).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class AgentPhoneService {

    private static final Logger LOG = Logger.getLogger(AgentPhoneService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The agent's phone: the mode in use, the SIP account, the desk phone's registration. */
    public AgentPhone phone(long agentId) {
        return phoneOf(actedOn(agentId));
    }

    /** Switches how the agent's calls reach them; takes effect from the next offer. */
    public AgentPhone use(long agentId, AnswerMode mode) {
        Agent agent = actedOn(agentId);
        AgentPhone phone = phoneOf(agent);
        phone.use(mode, agent.profile());
        LOG.info(() -> agent.login() + " answers on " + mode + " (set by " + caller.login() + ")");
        return phone;
    }

    @RolesAllowed(Roles.ADMIN)
    public AgentPhone setSipPassword(long agentId, String password) {
        Agent agent = agentOfTenant(agentId);
        AgentPhone phone = phoneOf(agent);
        phone.setSipPassword(
                agent.login(), em.find(Tenant.class, agent.tenantId()).code(), password);
        return phone;
    }

    /** The SIP domain (and digest realm) of the caller's tenant. */
    public String sipDomain() {
        return em.find(Tenant.class, caller.tenantId()).code();
    }

    /** Whether the agent's desk phone is registered now. */
    public boolean isRegistered(AgentPhone phone) {
        return phone.registeredContact(clock.instant()) != null;
    }

    private AgentPhone phoneOf(Agent agent) {
        AgentPhone phone = em.find(AgentPhone.class, agent.id());
        if (phone == null) {
            phone = new AgentPhone(agent);
            em.persist(phone);
        }
        return phone;
    }

    private Agent agentOfTenant(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || agent.tenantId() != caller.tenantId()) {
            throw new NotFoundException("agent", agentId);
        }
        return agent;
    }

    private Agent actedOn(long agentId) {
        Agent agent = agentOfTenant(agentId);
        if (!caller.mayActFor(agent.login())) {
            throw new ForbiddenException("agents may act only on themselves");
        }
        return agent;
    }
}

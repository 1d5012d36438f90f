package dev.callisto.application.call;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.contact.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds calls and agents in the caller's tenant and checks who may touch a call. */
@ApplicationScoped
public class CallAccess {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public long tenantId() {
        return caller.tenantId();
    }

    public Call call(long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null || call.tenantId() != caller.tenantId()) {
            throw new NotFoundException("call", callId);
        }
        return call;
    }

    /** The signed-in agent. */
    public Agent me() {
        return caller.requireAgent();
    }

    public Agent agent(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || agent.tenantId() != caller.tenantId()) {
            throw new NotFoundException("agent", agentId);
        }
        return agent;
    }

    /** The signed-in agent, who must be the one handling the call (or the colleague consulted on it). */
    public Agent agentOn(Call call) {
        Agent me = me();
        if (!me.id().equals(call.agentId()) && !me.id().equals(call.consultAgentId())) {
            throw new ForbiddenException("agent " + me.login() + " is not on call " + call.id());
        }
        return me;
    }

    /**
     * Agents see the calls they were on and the call ringing at them (the screen pop); supervisors
     * and admins see all of the tenant's.
     */
    public void requireVisible(Call call) {
        if (caller.isInRole(Roles.SUPERVISOR) || caller.isInRole(Roles.ADMIN)) {
            return;
        }
        Long me = me().id();
        boolean wasOnIt = call.legs().stream().anyMatch(l -> me.equals(l.agentId()));
        Contact contact = contactOf(call);
        boolean ringing = contact != null && contact.callId() != null && contact.isOfferedTo(me);
        if (!wasOnIt && !ringing) {
            throw new ForbiddenException("agents see only their own calls");
        }
    }

    public Contact contactOf(Call call) {
        return call.contactId() == null ? null : em.find(Contact.class, call.contactId());
    }
}

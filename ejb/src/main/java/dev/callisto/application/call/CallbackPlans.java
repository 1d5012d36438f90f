package dev.callisto.application.call;

import dev.callisto.application.Roles;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallbackPlan;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** An agent's contact plans: call a customer back at a time, see what is due, dial it. */
@Stateless
@RolesAllowed(Roles.AGENT)
public class CallbackPlans {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallAccess access;

    @Inject
    private OutboundService outbound;

    @Inject
    private Clock clock;

    public CallbackPlan plan(String customer, Instant dueAt, String note) {
        Agent me = access.me();
        CallbackPlan plan = new CallbackPlan(me.tenantId(), me.id(), customer, dueAt, note, clock.instant());
        em.persist(plan);
        return plan;
    }

    /** The signed-in agent's open plans, soonest first; only those due now if asked. */
    public List<CallbackPlan> mine(boolean dueOnly) {
        Agent me = access.me();
        Instant now = clock.instant();
        return em.createNamedQuery("CallbackPlan.open", CallbackPlan.class)
                .setParameter("tenant", me.tenantId())
                .setParameter("agent", me.id())
                .getResultStream()
                .filter(p -> !dueOnly || p.isDue(now))
                .toList();
    }

    /** Calls the customer back now, from the agent's desk; the plan is done. */
    public Call dial(long planId) {
        CallbackPlan plan = mine(planId);
        Call call = outbound.dial(plan.customer());
        plan.dialed(call.id());
        return call;
    }

    public void cancel(long planId) {
        mine(planId).cancel();
    }

    private CallbackPlan mine(long planId) {
        CallbackPlan plan = em.find(CallbackPlan.class, planId);
        if (plan == null
                || plan.tenantId() != access.tenantId()
                || plan.agentId() != access.me().id()) {
            throw new NotFoundException("callback plan", planId);
        }
        return plan;
    }
}

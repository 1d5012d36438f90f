package dev.callisto.application.call;

import dev.callisto.application.Caller;
import dev.callisto.application.PresenceLog;
import dev.callisto.application.PresenceLog.AfterCallWorkEnded;
import dev.callisto.application.Roles;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * After-call work ends by itself when its time is up (checked every second by
 * {@link AfterCallWorkClock}), or earlier when the agent finishes; the agent can also extend it.
 * Either way the agent returns to where the call found them and the call's record gets the time.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class AfterCallWorkService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallAccess access;

    @Inject
    private Caller caller;

    @Inject
    private PresenceLog presence;

    @Inject
    private CallJournal journal;

    @Inject
    private Clock clock;

    public Agent finish(long agentId) {
        Agent agent = mine(agentId);
        finish(agent, clock.instant(), caller.cause());
        return agent;
    }

    public Agent extend(long agentId, int seconds) {
        Agent agent = mine(agentId);
        agent.extendAfterCallWork(Duration.ofSeconds(seconds));
        return agent;
    }

    @PermitAll
    public List<Long> overdue() {
        return em.createQuery(
                        "select a.id from Agent a where a.state = dev.callisto.domain.agent.AgentState.AFTER_CALL_WORK"
                                + " and a.afterCallWorkUntil <= :now",
                        Long.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Ends one agent's after-call work whose time is up, in its own transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        Instant now = clock.instant();
        if (agent != null && agent.afterCallWorkIsOver(now)) {
            finish(agent, now, "system");
        }
    }

    private void finish(Agent agent, Instant now, String cause) {
        presence.record(agent, agent.finishAfterCallWork(now), cause);
    }

    /** Every way out of after-call work gives the call its length: finished, timed out, or a state set by hand. */
    @PermitAll // whoever ended it; the timer's anonymous identity too
    public void ended(@Observes AfterCallWorkEnded ended) {
        Call call = em.find(Call.class, ended.callId());
        if (call != null) {
            journal.afterCallWork(call, ended.agentId(), ended.seconds(), ended.at());
        }
    }

    private Agent mine(long agentId) {
        Agent agent = access.agent(agentId);
        if (!caller.mayActFor(agent.login())) {
            throw new ForbiddenException("agents manage only their own after-call work");
        }
        return agent;
    }
}

package dev.callisto.application;

import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.BreakReason;
import dev.callisto.domain.agent.StateChange;
import dev.callisto.domain.agent.StateDurations;
import dev.callisto.domain.agent.StateLogEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Agents (and their supervisors) change the agent's presence here; {@link PresenceLog} logs and
 * publishes each change in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class AgentStateService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PresenceLog presenceLog;

    @Inject
    private Clock clock;

    /** Moves the agent to a state a person may choose: signed out, idle, busy or a break. */
    public Agent change(long agentId, AgentState target, String breakReason) {
        Agent agent = agentActedOnByCaller(agentId);
        Instant now = clock.instant();
        StateChange change =
                switch (target) {
                    case SIGNED_OUT -> agent.signOut(now);
                    case IDLE ->
                        agent.state() == AgentState.SIGNED_OUT ? agent.signIn(false, now) : agent.becomeReady(now);
                    case BUSY ->
                        agent.state() == AgentState.SIGNED_OUT ? agent.signIn(true, now) : agent.becomeBusy(now);
                    case BREAK -> agent.takeBreak(activeBreakReason(agent.tenantId(), breakReason), now);
                    default ->
                        throw new InvalidInputException(
                                "state", target + " follows calls and cannot be chosen by hand");
                };
        presenceLog.record(agent, change, caller.cause());
        return agent;
    }

    public List<StateLogEntry> log(long agentId, Instant from, Instant to) {
        Agent agent = agentActedOnByCaller(agentId);
        return em.createNamedQuery("StateLogEntry.findOverlapping", StateLogEntry.class)
                .setParameter("tenantId", agent.tenantId())
                .setParameter("agentId", agentId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** How long the agent spent in each state on {@code day} (so far, if it is today). */
    public Map<AgentState, Duration> timeInStates(long agentId, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return StateDurations.within(log(agentId, from, to), from, to, clock.instant());
    }

    private Agent agentActedOnByCaller(long agentId) {
        Agent agent = AgentService.find(em, caller.tenantId(), agentId);
        if (!caller.mayActFor(agent.login())) {
            throw new ForbiddenException("agents may act only on themselves");
        }
        return agent;
    }

    private String activeBreakReason(long tenantId, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("breakReason", "a break needs a reason");
        }
        boolean known = em.createNamedQuery("BreakReason.findByCode", BreakReason.class)
                .setParameter("tenantId", tenantId)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(BreakReason::active);
        if (!known) {
            throw new InvalidInputException("breakReason", "unknown or retired break reason: " + code);
        }
        return code;
    }
}

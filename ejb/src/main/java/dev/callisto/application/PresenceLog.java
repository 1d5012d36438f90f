package dev.callisto.application;

import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.StateChange;
import dev.callisto.domain.agent.StateLogEntry;
import dev.callisto.events.AgentStateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes an agent's state change durable and visible, whoever caused it (the agent, a supervisor,
 * routing): closes the open state span, opens the next, publishes {@link AgentStateChanged}, and
 * tells routing once the transaction has committed.
 */
@ApplicationScoped
public class PresenceLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DomainEvents events;

    @Inject
    private Event<AgentChanged> agentChanged;

    /** Fired for every committed change of an agent that routing must know about. */
    public record AgentChanged(long agentId) {}

    /** Fired, in the change's transaction, when an agent leaves after-call work for a call by any way. */
    public record AfterCallWorkEnded(long agentId, long callId, long seconds, Instant at) {}

    @Inject
    private Event<AfterCallWorkEnded> afterCallWorkEnded;

    public void record(Agent agent, StateChange change, String cause) {
        em.createNamedQuery("StateLogEntry.findOpen", StateLogEntry.class)
                .setParameter("tenantId", agent.tenantId())
                .setParameter("agentId", agent.id())
                .getResultList()
                .forEach(open -> open.close(change.at()));
        em.persist(new StateLogEntry(agent.tenantId(), agent.id(), change.to(), change.toBreakReason(), change.at()));
        // Flush now so a concurrent change of the same agent fails here (optimistic lock), not after publishing.
        em.flush();
        events.publish(new AgentStateChanged(
                UUID.randomUUID().toString(),
                agent.tenantId(),
                change.at(),
                agent.id(),
                agent.login(),
                change.from().name(),
                change.to().name(),
                change.toBreakReason(),
                change.timeInPrevious().toSeconds(),
                cause));
        if (change.afterCallWorkOf() != null) {
            afterCallWorkEnded.fire(new AfterCallWorkEnded(
                    agent.id(),
                    change.afterCallWorkOf(),
                    change.timeInPrevious().toSeconds(),
                    change.at()));
        }
        agentChanged.fire(new AgentChanged(agent.id()));
    }
}

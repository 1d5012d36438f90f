package dev.callisto.application.routing;

import dev.callisto.application.PresenceLog;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.routing.ContactKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Ends an offer without an answer (rang out, rejected, withdrawn): the contact returns to its
 * place in the queue and a ringing agent stops ringing, to busy or back to idle.
 */
@ApplicationScoped
public class QueueReturn {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContactJournal journal;

    @Inject
    private PresenceLog presence;

    public void apply(Contact c, String eventType, boolean agentGoesBusy, String detail, Instant now) {
        long agentId = c.returnToQueue();
        Agent agent = em.find(Agent.class, agentId);
        if (c.kind() == ContactKind.CALL && agent != null && agent.state() == AgentState.RINGING) {
            presence.record(agent, agent.missOffer(agentGoesBusy, now), "system");
        }
        journal.step(c, eventType, agentId, detail, now);
        journal.tellRouting(c, ContactChanged.Change.MISSED, 0);
    }
}

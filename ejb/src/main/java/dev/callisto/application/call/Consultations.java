package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * A consultation's two ends, without the question of who may ask ({@link ConsultService} checks
 * that for people; the SIP edge reports a colleague's phone picking up or not).
 */
@ApplicationScoped
public class Consultations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallJournal journal;

    @Inject
    private PresenceLog presence;

    /** The consulted colleague picks up. */
    public void answeredBy(Call call, Agent colleague, Instant now, String cause) {
        presence.record(colleague, colleague.answer(now), cause);
        journal.step(call, "consult-answered", colleague.id(), null, now);
    }

    /** The colleague leaves, or never picked up ({@code detail} says why); the first agent is back with the customer. */
    public void end(Call call, String detail, Instant now, String cause) {
        Agent first = em.find(Agent.class, call.agentId());
        Agent colleague = em.find(Agent.class, call.consultAgentId());
        boolean wasConsulting = call.status() == CallStatus.CONSULTING;
        long left = call.endConsult(now);
        presence.record(
                colleague,
                colleague.state() == AgentState.RINGING
                        ? colleague.missOffer(false, now)
                        : colleague.endCall(Duration.ZERO, call.id(), now),
                cause);
        if (wasConsulting) {
            presence.record(first, first.endConsult(now), cause);
        }
        journal.step(call, "consult-ended", left, detail, now);
    }
}

package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.application.routing.Contacts;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.AnswerMode;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallChannel;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A party whose browser went away and did not come back within the grace period (the phone
 * socket closed: tab closed, page left, network lost). A customer who is gone hangs up, at the
 * moment they were last heard; an agent who is gone gives the call back to the queue, in its old
 * place and not offered to them again, and stops getting offers. Called by the web tier, which
 * sees the sockets; no user stands behind these calls, hence {@code @PermitAll} and no REST door.
 */
@Stateless
@PermitAll
public class GoneParties {

    private static final String AGENT_GONE = "back in its place: the agent's browser phone went away";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallEnding ending;

    @Inject
    private CallAccess access;

    @Inject
    private Contacts contacts;

    @Inject
    private CallJournal journal;

    @Inject
    private PresenceLog presence;

    @Inject
    private Clock clock;

    public void customerGone(long tenantId, String customer, long callId, Instant lastHeard) {
        Call call = em.find(Call.class, callId);
        if (call != null && call.tenantId() == tenantId && call.customer().equals(customer)) {
            hangUpForCustomer(call, lastHeard);
        }
    }

    /** The media server stopped hearing the customer's browser and it did not come back. */
    public void customerMediaGone(long callId, Instant lastHeard) {
        Call call = em.find(Call.class, callId);
        if (call != null) {
            hangUpForCustomer(call, lastHeard);
        }
    }

    private void hangUpForCustomer(Call call, Instant lastHeard) {
        if (call.channel() != CallChannel.PHONE && call.status() != CallStatus.ENDED) {
            ending.end(call, Party.CUSTOMER, journal.notBeforeLastStep(call, lastHeard));
        }
    }

    /**
     * The media server stopped hearing the agent's browser on this call: the call goes back to the
     * queue, and the agent gets no offers until they say Ready again (their phone is not there).
     */
    public void agentMediaGone(long callId, long agentId, Instant lastHeard) {
        Call call = em.find(Call.class, callId);
        Agent agent = em.find(Agent.class, agentId);
        if (call == null
                || agent == null
                || !Long.valueOf(agentId).equals(call.agentId())
                || !(call.status() == CallStatus.TALKING || call.status() == CallStatus.HOLD)) {
            return;
        }
        requeue(call, agent, journal.notBeforeLastStep(call, lastHeard));
        stopOffers(agent);
    }

    public void agentGone(long agentId, Instant lastHeard) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || agent.profile().answerMode() != AnswerMode.BROWSER_PHONE) {
            return; // a desk phone or mobile still carries the call without the desk page
        }
        List<Call> calls = em.createQuery(
                        "select c from Call c where c.agentId = :agentId and c.status in :statuses", Call.class)
                .setParameter("agentId", agentId)
                .setParameter("statuses", List.of(CallStatus.TALKING, CallStatus.HOLD))
                .getResultList();
        for (Call call : calls) {
            requeue(call, agent, journal.notBeforeLastStep(call, lastHeard));
        }
        stopOffers(agent);
    }

    private void stopOffers(Agent agent) {
        if (agent.state() == AgentState.IDLE) {
            // Offers would ring a phone that is not there; the agent says Ready again when back.
            presence.record(agent, agent.becomeBusy(clock.instant()), "system");
        }
    }

    private void requeue(Call call, Agent agent, Instant at) {
        Contact answered = access.contactOf(call);
        if (answered == null
                || answered.status() != ContactStatus.ANSWERED
                || !answered.agentId().equals(agent.id())) {
            return; // not routed to this agent (an outbound call): nothing to give back
        }
        contacts.cut(answered, agent, at, "the agent's browser phone went away");
        journal.step(call, "agent-gone", agent.id(), "the agent's browser phone went away", at);
        Contact again = contacts.requeue(answered, AGENT_GONE, at);
        call.enterQueue(again.skillGroupId(), again.id(), at);
        journal.step(call, "queued", null, AGENT_GONE, at);
    }
}

package dev.callisto.application.call;

import dev.callisto.application.routing.ContactJournal.ContactStepped;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import dev.callisto.events.ContactEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Moves a call with the contact that routes it, in the same transaction: offered means ringing,
 * a ring-out sends it back to the queue, accepted means talking, a queue time-out or overflow
 * ends it. Steps the call's own commands cause (abandon, complete) are left to those commands.
 */
@ApplicationScoped
public class CallRouting {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallJournal journal;

    void onContactStep(@Observes ContactStepped s) {
        Long callId = s.contact().callId();
        Call call = callId == null ? null : em.find(Call.class, callId);
        if (call == null || call.status() == CallStatus.ENDED) {
            return;
        }
        switch (s.eventType()) {
            case ContactEvent.OFFERED -> {
                call.ring(s.at());
                journal.step(call, "offered", s.agentId(), s.detail(), s.at());
            }
            case ContactEvent.OFFER_TIMED_OUT, ContactEvent.OFFER_REJECTED, ContactEvent.OFFER_WITHDRAWN -> {
                call.ringMissed(s.at());
                String step = s.eventType().equals(ContactEvent.OFFER_TIMED_OUT) ? "ring-no-answer" : "offer-ended";
                journal.step(call, step, s.agentId(), s.detail(), s.at());
            }
            case ContactEvent.ACCEPTED -> {
                Agent agent = em.find(Agent.class, s.agentId());
                call.answer(agent.id(), agent.login(), s.at());
                journal.step(call, "answered", agent.id(), null, s.at());
            }
            case ContactEvent.OVERFLOWED -> journal.step(call, "overflowed", null, s.detail(), s.at());
            case ContactEvent.TIMED_OUT -> end(call, CallResult.QUEUE_TIMEOUT, s);
            default -> {}
        }
        if (s.eventType().equals(ContactEvent.OVERFLOWED)
                && s.contact().status().isOver()) {
            end(call, CallResult.OVERFLOWED, s);
        }
    }

    private void end(Call call, CallResult result, ContactStepped s) {
        call.end(result, Party.SYSTEM, s.at());
        journal.step(call, "ended", null, s.detail(), s.at());
    }
}

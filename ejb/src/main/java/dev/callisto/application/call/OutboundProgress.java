package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * What the network says of a call the contact center placed: the callee answered, or the call
 * did not go through (busy, no answer, declined, failed). The SIP edge reports it for calls on a
 * trunk; supervisors stand in for it where there is none.
 */
@ApplicationScoped
public class OutboundProgress {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallJournal journal;

    @Inject
    private PresenceLog presence;

    public void connected(Call call, Instant now) {
        requireDialling(call);
        Agent agent = em.find(Agent.class, call.agentId());
        call.connect(now);
        presence.record(agent, agent.connectOutbound(now), "system");
        journal.step(call, "connected", agent.id(), null, now);
    }

    public void failed(Call call, CallResult result, String detail, Instant now) {
        requireDialling(call);
        Agent agent = em.find(Agent.class, call.agentId());
        presence.record(agent, agent.endCall(Duration.ZERO, call.id(), now), "system");
        call.end(result, Party.SYSTEM, now);
        journal.step(call, "ended", null, detail, now);
    }

    private static void requireDialling(Call call) {
        if (call.status() != CallStatus.DIALING) {
            throw new ConflictException("call " + call.id() + " is " + call.status() + ", not dialling");
        }
    }
}

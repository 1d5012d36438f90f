package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The PIN a customer keys in the verification segment, whoever carries it (their phone's keys
 * through the SIP edge, or staff standing in): the verifier decides, the agent comes back to the
 * call with only the result. The PIN appears in no step, event or log.
 */
@ApplicationScoped
public class CustomerKeypad {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerVerifier verifier;

    @Inject
    private CallJournal journal;

    @Inject
    private PresenceLog presence;

    public void pin(Call call, String pin, Instant now) {
        boolean passed = verifier.verify(call.tenantId(), call.customer(), pin);
        call.verified(passed, now);
        Agent agent = em.find(Agent.class, call.agentId());
        presence.record(agent, agent.resume(now), "system");
        journal.step(call, passed ? "verified" : "verification-failed", agent.id(), null, now);
    }
}

package dev.callisto.application.call;

import dev.callisto.application.Caller;
import dev.callisto.application.PresenceLog;
import dev.callisto.application.Roles;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CustomerPin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The verification segment: the agent sends the customer to key a PIN, the agent never hears or
 * sees it, the verifier decides, and the call comes back to the agent with only the result. The
 * PIN appears in no step, event or log.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class VerificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallAccess access;

    @Inject
    private CallJournal journal;

    @Inject
    private PresenceLog presence;

    @Inject
    private CustomerKeypad keypad;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.AGENT)
    public Call start(long callId) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        Instant now = clock.instant();
        call.startVerification(now);
        presence.record(me, me.hold(now), Roles.AGENT);
        journal.step(call, "verification-started", me.id(), null, now);
        return call;
    }

    /** The customer's page reports the PIN (phones key it through the SIP edge). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Call submit(long callId, String pin) {
        Call call = access.call(callId);
        keypad.pin(call, pin, clock.instant());
        return call;
    }

    /** Sets a customer's PIN (stored salted and hashed). */
    @RolesAllowed(Roles.ADMIN)
    public void setPin(String customer, String pin) {
        long tenantId = caller.tenantId();
        em.createNamedQuery("CustomerPin.find", CustomerPin.class)
                .setParameter("tenantId", tenantId)
                .setParameter("customer", customer)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(p -> p.change(pin), () -> em.persist(new CustomerPin(tenantId, customer, pin)));
    }
}

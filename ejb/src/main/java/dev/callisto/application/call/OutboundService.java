package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.application.Roles;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallDirection;
import dev.callisto.domain.call.CallResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Calls the contact center places: an agent dials a number or calls back a missed call, or a CRM
 * asks for a call on an agent's behalf (click to call). On a tenant with a trunk the SIP edge
 * places the call and reports the network's answer ({@link OutboundProgress}); without one,
 * supervisors and admins stand in for the network here.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class OutboundService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallAccess access;

    @Inject
    private CallJournal journal;

    @Inject
    private PresenceLog presence;

    @Inject
    private OutboundProgress progress;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.AGENT)
    public Call dial(String number) {
        return dial(access.me(), number, null, Roles.AGENT);
    }

    /** Calls back the customer of a missed inbound call. */
    @RolesAllowed(Roles.AGENT)
    public Call callBack(long missedCallId) {
        Call missed = access.call(missedCallId);
        if (missed.direction() != CallDirection.INBOUND
                || missed.result() == null
                || !(missed.result().isMissed()
                        || missed.result() == CallResult.FAILED && missed.answeredAt() == null)) {
            throw new ConflictException("call " + missedCallId + " is not a missed inbound call");
        }
        return dial(access.me(), missed.customer(), missed.id(), Roles.AGENT);
    }

    /** A CRM starts a call for an agent. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Call clickToCall(long agentId, String number) {
        return dial(access.agent(agentId), number, null, "system");
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Call connected(long callId) {
        Call call = access.call(callId);
        progress.connected(call, clock.instant());
        return call;
    }

    /** The callee did not answer, was busy, or the number failed. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Call failed(long callId) {
        Call call = access.call(callId);
        progress.failed(call, CallResult.NO_ANSWER, "not answered", clock.instant());
        return call;
    }

    private Call dial(Agent agent, String number, Long originalCallId, String cause) {
        Instant now = clock.instant();
        presence.record(agent, agent.dialOut(now), cause);
        Call call = Call.outbound(agent.tenantId(), agent.id(), agent.login(), number, originalCallId, now);
        em.persist(call);
        journal.step(
                call,
                "dialing",
                agent.id(),
                originalCallId == null ? number : "call back of call " + originalCallId,
                now);
        return call;
    }
}

package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.application.Roles;
import dev.callisto.application.ivr.IvrCalls;
import dev.callisto.application.ivr.IvrStatus;
import dev.callisto.application.routing.Contacts;
import dev.callisto.application.routing.QueueReturn;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallChannel;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.CallStep;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.events.ContactEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * An inbound call from arrival to hang-up, and what the agent on it does: answer, reject, hold,
 * mute, blind transfer, survey, hang up. Supervisors and admins stand in for the customer's side
 * (arrival, hang-up, rating) until the media layer reports those itself.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CallService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallAccess access;

    @Inject
    private CallJournal journal;

    @Inject
    private CallSurvey survey;

    @Inject
    private Contacts contacts;

    @Inject
    private CallQueue queue;

    @Inject
    private IvrCalls ivr;

    @Inject
    private CallArrival arrival;

    @Inject
    private QueueReturn queueReturn;

    @Inject
    private PresenceLog presence;

    @Inject
    private CallEnding ending;

    @Inject
    private Clock clock;

    /**
     * A customer calls in: refused if blacklisted, otherwise answered by the IVR flow {@code flow}
     * or, without one, queued straight to the skill group.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Call arrive(CallChannel channel, String customer, Long groupId, String flow) {
        return arrival.arrive(access.tenantId(), channel, customer, groupId, flow, clock.instant());
    }

    /** The caller presses a key or enters digits in the IVR (customer page buttons, or the phone). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Call press(long callId, String input) {
        Call call = access.call(callId);
        ivr.press(call, input);
        return call;
    }

    /** Where the caller is in the IVR: keys so far, and the options of the menu they are in. */
    public IvrStatus ivr(long callId) {
        Call call = get(callId);
        return ivr.status(call)
                .orElseThrow(() -> new ConflictException("call " + callId + " did not go through the IVR"));
    }

    public Call answer(long callId) {
        Call call = access.call(callId);
        Contact contact = offeredContact(call);
        contacts.accept(contact, access.me(), clock.instant(), Roles.AGENT);
        return call;
    }

    public Call reject(long callId) {
        Call call = access.call(callId);
        Contact contact = offeredContact(call);
        contact.requireOfferedTo(access.me().id(), "rejected");
        queueReturn.apply(contact, ContactEvent.OFFER_REJECTED, false, "rejected by the agent", clock.instant());
        return call;
    }

    public Call hold(long callId, boolean hold) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        Instant now = clock.instant();
        if (hold) {
            call.hold(now);
            presence.record(me, me.hold(now), Roles.AGENT);
        } else {
            call.resume(now);
            presence.record(me, me.resume(now), Roles.AGENT);
        }
        journal.step(call, hold ? "held" : "resumed", me.id(), null, now);
        return call;
    }

    public Call mute(long callId, boolean muted) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        call.mute(me.id(), muted);
        journal.step(call, muted ? "muted" : "unmuted", me.id(), null, clock.instant());
        return call;
    }

    /** Blind transfer: to a skill group's queue, or to one agent (routed through one of their groups). */
    public Call transfer(long callId, Long groupId, Long agentId) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        if ((groupId == null) == (agentId == null)) {
            throw new ConflictException("transfer to either a skill group or an agent");
        }
        SkillGroup target =
                agentId != null ? queue.groupOf(access.agent(agentId), call) : em.find(SkillGroup.class, groupId);
        if (target == null || target.tenantId() != call.tenantId()) {
            throw new NotFoundException("skill group", groupId);
        }
        Instant now = clock.instant();
        ending.release(call, me, now, Roles.AGENT);
        journal.step(
                call,
                "transferred",
                me.id(),
                agentId != null ? "to agent " + agentId : "to skill group " + target.id(),
                now);
        queue.queue(call, target, agentId, 0, now);
        return call;
    }

    /** The agent hands the customer to the satisfaction survey and leaves the call. */
    public Call toSurvey(long callId) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        Instant now = clock.instant();
        ending.release(call, me, now, Roles.AGENT);
        call.toSurvey(now);
        journal.step(call, "survey-started", me.id(), null, now);
        return call;
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Call rate(long callId, int score) {
        Call call = access.call(callId);
        survey.rate(call, score, clock.instant());
        return call;
    }

    /** The agent hangs up: the call ends for everyone (see ConsultService for leaving a conference). */
    public Call hangUp(long callId) {
        Call call = access.call(callId);
        access.agentOn(call);
        ending.end(call, Party.AGENT, clock.instant());
        return call;
    }

    /** The customer hangs up, wherever the call is (a stand-in: it ends an agent's call, as force release does). */
    @RolesAllowed(Roles.SUPERVISOR)
    public Call customerHangsUp(long callId) {
        Call call = access.call(callId);
        ending.end(call, Party.CUSTOMER, clock.instant());
        return call;
    }

    public Call get(long callId) {
        Call call = access.call(callId);
        access.requireVisible(call);
        return call;
    }

    public CallHistory history(long callId) {
        Call call = get(callId);
        List<CallStep> steps = em.createNamedQuery("CallStep.of", CallStep.class)
                .setParameter("callId", callId)
                .getResultList();
        return new CallHistory(call, steps);
    }

    private Contact offeredContact(Call call) {
        Contact contact = access.contactOf(call);
        if (contact == null || call.status() != CallStatus.RINGING) {
            throw new ConflictException("call " + call.id() + " is " + call.status() + ", not ringing");
        }
        return contact;
    }
}

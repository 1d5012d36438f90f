package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.application.Roles;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Consultation: the customer waits on hold while the agent calls a colleague; then the colleague
 * takes the call over (consult transfer), all three talk (conference), or the colleague leaves.
 */
@Stateless
@RolesAllowed(Roles.AGENT)
public class ConsultService {

    @Inject
    private CallAccess access;

    @Inject
    private CallJournal journal;

    @Inject
    private CallEnding ending;

    @Inject
    private PresenceLog presence;

    @Inject
    private Consultations consultations;

    @Inject
    private Clock clock;

    /** Rings an idle colleague; the customer is put on hold. */
    public Call consult(long callId, long colleagueId) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        Agent colleague = access.agent(colleagueId);
        if (colleague.state() != AgentState.IDLE || colleague.id().equals(me.id())) {
            throw new ConflictException(
                    "agent " + colleague.login() + " is " + colleague.state() + ", not free to consult");
        }
        Instant now = clock.instant();
        call.consult(colleague.id(), colleague.login(), now);
        presence.record(me, me.startConsult(now), Roles.AGENT);
        presence.record(colleague, colleague.ring(now), Roles.AGENT);
        journal.step(call, "consult-started", colleague.id(), "by agent " + me.id(), now);
        return call;
    }

    /** The consulted colleague picks up. */
    public Call answer(long callId) {
        Call call = access.call(callId);
        Agent me = access.me();
        if (!me.id().equals(call.consultAgentId())) {
            throw new ConflictException("agent " + me.login() + " is not being consulted on call " + callId);
        }
        consultations.answeredBy(call, me, clock.instant(), Roles.AGENT);
        return call;
    }

    /** The colleague takes the customer; the first agent leaves into after-call work. */
    public Call completeTransfer(long callId) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        requireColleagueTalking(call);
        Instant now = clock.instant();
        ending.release(call, me, now, Roles.AGENT);
        long colleague = call.completeTransfer(now);
        journal.step(call, "transferred", call.agentId(), "consult transfer from agent " + colleague, now);
        return call;
    }

    public Call conference(long callId) {
        Call call = access.call(callId);
        Agent me = access.agentOn(call);
        requireColleagueTalking(call);
        Instant now = clock.instant();
        call.conference(now);
        presence.record(me, me.endConsult(now), Roles.AGENT);
        journal.step(call, "conference-started", call.consultAgentId(), null, now);
        return call;
    }

    /** The colleague leaves (or is not waited for); the first agent is back with the customer. */
    public Call end(long callId) {
        Call call = access.call(callId);
        access.agentOn(call);
        if (call.consultAgentId() == null) {
            throw new ConflictException("call " + call.id() + " is " + call.status() + ", with no colleague to leave");
        }
        consultations.end(call, null, clock.instant(), Roles.AGENT);
        return call;
    }

    /** Transfer and conference need the colleague on the line, not still ringing. */
    private void requireColleagueTalking(Call call) {
        if (call.status() != CallStatus.CONSULTING) {
            throw new ConflictException("call " + call.id() + " is " + call.status() + ", not in a consultation");
        }
        Agent colleague = access.agent(call.consultAgentId());
        if (colleague.state() != AgentState.TALKING) {
            throw new ConflictException("agent " + colleague.login() + " has not answered the consultation yet");
        }
    }
}

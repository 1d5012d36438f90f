package dev.callisto.application.media;

import dev.callisto.domain.ConflictException;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.LegRole;
import dev.callisto.domain.media.ChatMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * Connects the browsers of the people on a call to its media: the customer, the agent handling it
 * (or the colleague consulted), and a supervisor who has started listening, whispering or barging
 * in. Everyone else is refused. The signalling layer has authenticated the participant.
 */
@Stateless
@PermitAll
public class CallMedia {

    /** Before an agent answers, the customer hears music. */
    private static final Set<CallStatus> WAITING = Set.of(CallStatus.QUEUED, CallStatus.RINGING);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MediaPort media;

    @Inject
    private Recordings recordings;

    /** The SDP answer for the participant's offer. */
    public String connect(Participant who, long callId, String sdpOffer) {
        Call call = callOf(who, callId);
        if (call.status() == CallStatus.ENDED) {
            throw new ConflictException("call " + callId + " has ended");
        }
        if (!media.isAvailable()) {
            throw new ConflictException("the media server is not available");
        }
        recordings.open(call);
        String answer =
                switch (who.kind()) {
                    case CUSTOMER -> {
                        String sdp =
                                media.connect(callId, who.mediaName(null), sdpOffer, call.status() == CallStatus.HOLD);
                        media.music(callId, WAITING.contains(call.status()) || call.status() == CallStatus.HOLD);
                        yield sdp;
                    }
                    case AGENT -> {
                        Agent agent = agentOn(who, call);
                        String sdp = media.connect(
                                callId, who.mediaName(agent.id()), sdpOffer, call.status() == CallStatus.HOLD);
                        media.music(callId, call.status() == CallStatus.HOLD);
                        yield sdp;
                    }
                    case SUPERVISOR -> {
                        LegRole mode = call.supervisionBy(who.name())
                                .orElseThrow(
                                        () -> new ForbiddenException("start listening to call " + callId + " first"));
                        // Whispering needs a mix without the customer; until then a whisperer only listens.
                        yield media.connect(callId, who.mediaName(null), sdpOffer, mode != LegRole.SUPERVISOR_BARGE);
                    }
                };
        return answer;
    }

    /** Publishes the camera of the customer or the agent on the call; the SDP answer. */
    public String publishVideo(Participant who, long callId, String sdpOffer) {
        Call call = live(who, callId);
        if (who.kind() == ChatMessage.From.SUPERVISOR) {
            throw new ForbiddenException("supervisors watch, they do not show their camera");
        }
        return media.publishVideo(callId, mediaName(who, call), sdpOffer);
    }

    /** The media server's offer with the others' cameras, if anyone else shows one yet. */
    public Optional<String> subscribeVideo(Participant who, long callId) {
        Call call = live(who, callId);
        return media.subscribeVideo(callId, mediaName(who, call));
    }

    public void startVideo(Participant who, long callId, String sdpAnswer) {
        Call call = live(who, callId);
        media.startVideo(callId, mediaName(who, call), sdpAnswer);
    }

    /** Whether the call is a video call (someone on it shows a camera). */
    public boolean hasVideo(long callId) {
        return media.isAvailable() && media.hasVideo(callId);
    }

    private Call live(Participant who, long callId) {
        Call call = callOf(who, callId);
        if (call.status() == CallStatus.ENDED) {
            throw new ConflictException("call " + callId + " has ended");
        }
        return call;
    }

    private String mediaName(Participant who, Call call) {
        return who.mediaName(
                who.kind() == ChatMessage.From.AGENT ? agentOn(who, call).id() : null);
    }

    /** The participant's browser went away for good (a dropped connection may come back and connect again). */
    public void disconnect(Participant who, long callId) {
        Call call = callOf(who, callId);
        Long agentId = who.kind() == ChatMessage.From.AGENT ? agentOn(who, call).id() : null;
        media.disconnect(callId, who.mediaName(agentId));
    }

    /** The call, if this participant may be on it at all; otherwise as if it did not exist. */
    public Call callOf(Participant who, long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null || call.tenantId() != who.tenantId()) {
            throw new NotFoundException("call", callId);
        }
        boolean allowed =
                switch (who.kind()) {
                    case CUSTOMER -> who.name().equals(call.customer());
                    case AGENT -> wasOn(who, call);
                    case SUPERVISOR -> call.supervisionBy(who.name()).isPresent();
                };
        if (!allowed && who.kind() == ChatMessage.From.SUPERVISOR) {
            throw new ForbiddenException(
                    who.name() + " is not listening to call " + callId + "; start listening first");
        }
        if (!allowed) {
            throw new NotFoundException("call", callId);
        }
        return call;
    }

    /** The tenant's agent id of a staff login, if they are an agent. */
    public Optional<Long> agentIdOf(long tenantId, String login) {
        return agentByLogin(tenantId, login).map(Agent::id);
    }

    /** Agents follow (and chat on) calls they handle or were on, also after the call. */
    private boolean wasOn(Participant who, Call call) {
        return agentByLogin(who.tenantId(), who.name())
                .map(Agent::id)
                .filter(id -> id.equals(call.agentId())
                        || id.equals(call.consultAgentId())
                        || call.legs().stream().anyMatch(l -> id.equals(l.agentId())))
                .isPresent();
    }

    private Optional<Agent> agentByLogin(long tenantId, String login) {
        return em.createNamedQuery("Agent.findByLogin", Agent.class)
                .setParameter("tenantId", tenantId)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    /** The participant as the agent handling the call or the colleague consulted on it. */
    public Agent agentOn(Participant who, Call call) {
        Agent agent = agentByLogin(who.tenantId(), who.name())
                .orElseThrow(() -> new ForbiddenException(who.name() + " is not an agent"));
        if (!agent.id().equals(call.agentId()) && !agent.id().equals(call.consultAgentId())) {
            throw new ForbiddenException("agent " + agent.login() + " is not on call " + call.id());
        }
        return agent;
    }
}

package dev.callisto.application.phone;

import dev.callisto.application.call.CallEnding;
import dev.callisto.application.call.Consultations;
import dev.callisto.application.ivr.PromptLibrary;
import dev.callisto.application.media.MediaPort;
import dev.callisto.application.media.MediaPort.RtpAddress;
import dev.callisto.application.routing.Contacts;
import dev.callisto.application.routing.QueueReturn;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentPhone;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.AnswerMode;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.ivr.PromptTrack;
import dev.callisto.domain.phone.DialledNumber;
import dev.callisto.domain.phone.Trunk;
import dev.callisto.events.ContactEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agents who answer on a phone rather than in the browser: where an offer rings (the desk phone
 * where it registered, or the agent's own number through the trunk), and what the phone did:
 * picked up (the agent answers, the phone joins the call's room as {@code agent-<id>}), declined
 * (the offer goes back to the queue), hung up (the agent ends the call). The desk keeps the
 * screen pop and call control either way.
 */
@Stateless
@PermitAll
public class AgentLegs {

    /** What a mobile agent hears on picking up, before the customer is put through. */
    private static final List<String> ACCEPT_PROMPT =
            List.of("tts:zh:您有一个客户来电，接听请按1。", "tts:en:You have a customer call. Press 1 to accept.");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Contacts contacts;

    @Inject
    private QueueReturn queueReturn;

    @Inject
    private CallEnding ending;

    @Inject
    private Consultations consult;

    @Inject
    private MediaPort media;

    @Inject
    private PromptLibrary prompts;

    @Inject
    private Clock clock;

    /**
     * Where the offer of {@code callId} to {@code agentId} rings, if the agent answers on a phone.
     * A desk phone that is not registered cannot ring: the offer goes back to the queue and the
     * agent to busy, so the queue does not wait on a phone that is not there.
     */
    public Optional<PhoneNetwork.AgentRing> ringFor(long callId, long agentId) {
        AgentPhone phone = em.find(AgentPhone.class, agentId);
        Call call = em.find(Call.class, callId);
        Agent agent = em.find(Agent.class, agentId);
        AnswerMode mode = phone != null ? phone.mode() : agent.profile().answerMode(); // the profile's until switched
        if (mode == AnswerMode.BROWSER_PHONE || call == null) {
            return Optional.empty();
        }
        if (mode == AnswerMode.SIP_PHONE) {
            String contact = phone == null ? null : phone.registeredContact(clock.instant());
            if (contact == null) {
                declined(callId, agentId, true, "the desk phone is not registered");
                return Optional.empty();
            }
            int colon = contact.lastIndexOf(':');
            return Optional.of(new PhoneNetwork.AgentRing(
                    callId,
                    agentId,
                    agent.login(),
                    contact.substring(0, colon),
                    Integer.parseInt(contact.substring(colon + 1)),
                    call.customer(),
                    null));
        }
        Optional<Trunk> trunk = OutboundPhoneCalls.outboundTrunk(em, call.tenantId());
        Optional<DialledNumber> mobile = DialledNumber.tryParse(agent.profile().phoneNumber());
        if (trunk.isEmpty() || mobile.isEmpty()) {
            declined(callId, agentId, true, "no trunk to reach the agent's bound number");
            return Optional.empty();
        }
        byte[] prompt = PromptTrack.join(ACCEPT_PROMPT.stream()
                .map(ref -> prompts.audioForPhone(call.tenantId(), ref))
                .toList());
        return Optional.of(new PhoneNetwork.AgentRing(
                callId,
                agentId,
                mobile.get().e164(),
                trunk.get().host(),
                trunk.get().port(),
                trunk.get().callerId(),
                prompt));
    }

    /** The participants of the agents still on the call ({@code agent-12}), whose phones stay up. */
    public Set<String> stillOn(long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null) {
            return Set.of();
        }
        return call.legs().stream()
                .filter(l -> l.isActive() && l.agentId() != null)
                .map(l -> "agent-" + l.agentId())
                .collect(Collectors.toSet());
    }

    /**
     * The agent's phone answered (and for a mobile, the accept key was pressed): the agent
     * answers the call (or the consultation, for the colleague rung) and the phone joins its room.
     *
     * @return where the media server takes the phone's audio; empty if the offer is no longer
     *     this agent's (the edge hangs the phone up)
     */
    public Optional<RtpAddress> pickedUp(long callId, long agentId, RtpAddress relay, String codec) {
        Call call = em.find(Call.class, callId);
        Agent agent = em.find(Agent.class, agentId);
        Contact contact = call == null ? null : offered(call, agentId);
        if (contact != null) {
            contacts.accept(contact, agent, clock.instant(), "agent phone");
        } else if (call != null && consulted(call, agent)) {
            consult.answeredBy(call, agent, clock.instant(), "agent phone");
        } else {
            return Optional.empty();
        }
        return Optional.of(media.connectRtp(callId, "agent-" + agentId, relay, codec));
    }

    /**
     * The agent's phone did not take the offer: it goes back to the queue. An agent who declined
     * (busy, rejected) stays ready; one who is {@code away} (no answer, no accept key, the phone
     * unreachable) goes busy, as after an offer that rang out, so the queue stops waiting on them.
     */
    public void declined(long callId, long agentId, boolean away, String reason) {
        Call call = em.find(Call.class, callId);
        Contact contact = call == null ? null : offered(call, agentId);
        if (contact != null) {
            queueReturn.apply(contact, ContactEvent.OFFER_REJECTED, away, reason, clock.instant());
        } else if (call != null && consulted(call, em.find(Agent.class, agentId))) {
            consult.end(call, reason, clock.instant(), "system"); // the first agent is back with the customer
        }
    }

    /** The agent hung up their phone: the call ends as the agent's hang-up, if they are still on it. */
    public void hungUp(long callId, long agentId) {
        Call call = em.find(Call.class, callId);
        if (call != null
                && call.status() != CallStatus.ENDED
                && Long.valueOf(agentId).equals(call.agentId())) {
            ending.end(call, Party.AGENT, clock.instant());
        }
    }

    private static boolean consulted(Call call, Agent agent) {
        return agent != null && agent.id().equals(call.consultAgentId()) && agent.state() == AgentState.RINGING;
    }

    private Contact offered(Call call, long agentId) {
        Contact contact = call.contactId() == null ? null : em.find(Contact.class, call.contactId());
        return contact != null && call.status() == CallStatus.RINGING && contact.isOfferedTo(agentId) ? contact : null;
    }
}

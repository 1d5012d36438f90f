package dev.callisto.application.call;

import dev.callisto.application.PresenceLog;
import dev.callisto.application.Roles;
import dev.callisto.application.routing.Contacts;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/** Hangs a call up from wherever it is, so that no contact stays queued and no agent stays on it. */
@ApplicationScoped
public class CallEnding {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallAccess access;

    @Inject
    private CallJournal journal;

    @Inject
    private Contacts contacts;

    @Inject
    private PresenceLog presence;

    /** Ends the call from any status, releasing the contact and every agent still on it. */
    public void end(Call call, Party by, Instant now) {
        end(call, by, null, now);
    }

    /** As {@link #end(Call, Party, Instant)}, with the result decided by the caller when not null. */
    public void end(Call call, Party by, CallResult forced, Instant now) {
        Contact contact = access.contactOf(call);
        CallResult result = null;
        switch (call.status()) {
            case IVR -> result = by == Party.CUSTOMER ? CallResult.ABANDONED_IN_IVR : CallResult.ENDED_IN_IVR;
            case QUEUED, RINGING -> {
                boolean ringing = call.status() == CallStatus.RINGING;
                contacts.abandon(contact, now);
                result = ringing ? CallResult.ABANDONED_WHILE_RINGING : CallResult.ABANDONED_IN_QUEUE;
            }
            case TALKING, HOLD, CONSULTING, CONFERENCE, VERIFYING -> {
                releaseConsulted(call, now);
                release(
                        call,
                        em.find(Agent.class, call.agentId()),
                        now,
                        by.name().toLowerCase());
            }
            case DIALING -> {
                release(
                        call,
                        em.find(Agent.class, call.agentId()),
                        now,
                        by.name().toLowerCase());
                result = CallResult.NO_ANSWER;
            }
            default -> {}
        }
        call.end(forced != null ? forced : result, by, now);
        journal.step(call, "ended", null, "hung up by " + by.name().toLowerCase(), now);
    }

    /**
     * Ends a call a restart cut while an agent had it (or the IVR), at the last moment the server
     * knew it alive: FAILED by the system, its agents back where the call found them with no
     * after-call work. A call nobody answered stays a missed call.
     */
    public void cut(Call call, Instant at) {
        Contact contact = access.contactOf(call);
        releaseConsulted(call, at);
        Agent agent = call.agentId() == null ? null : em.find(Agent.class, call.agentId());
        if (agent != null && contact != null && contact.status() == ContactStatus.ANSWERED) {
            contacts.cut(contact, agent, at, "cut by a restart of the server");
        } else if (agent != null && agent.state().isOnCall()) {
            leave(agent, call, at, "system");
        }
        call.end(CallResult.FAILED, Party.SYSTEM, at);
        journal.step(call, "ended", null, "cut by a restart of the server", at);
    }

    /**
     * The agent handling the call leaves it (hang-up, transfer, survey). If they answered it through
     * routing, their contact is completed and they go into the group's after-call work; if the call
     * reached them otherwise (a consult transfer, an outbound call) they simply end the call.
     */
    public void release(Call call, Agent agent, Instant now, String cause) {
        Contact contact = access.contactOf(call);
        if (contact != null
                && contact.status() == ContactStatus.ANSWERED
                && contact.agentId().equals(agent.id())) {
            contacts.complete(contact, agent, true, now, cause);
        } else {
            leave(agent, call, now, cause);
        }
    }

    /**
     * An agent drops off a call without after-call work. A ringing agent (a colleague not yet
     * answering, or an agent whose answer a crash cut short) stops ringing instead.
     */
    private void leave(Agent agent, Call call, Instant now, String cause) {
        presence.record(
                agent,
                agent.state() == AgentState.RINGING
                        ? agent.missOffer(false, now)
                        : agent.endCall(Duration.ZERO, call.id(), now),
                cause);
    }

    private void releaseConsulted(Call call, Instant now) {
        if (call.consultAgentId() != null) {
            leave(em.find(Agent.class, call.consultAgentId()), call, now, Roles.AGENT);
        }
    }
}

package dev.callisto.application.routing;

import dev.callisto.application.PresenceLog;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.routing.ContactKind;
import dev.callisto.domain.routing.Decision;
import dev.callisto.domain.routing.Offer;
import dev.callisto.domain.routing.Overflow;
import dev.callisto.domain.routing.OverflowAction;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.events.ContactEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The steps routing takes on its own (no user behind them), each in its own transaction so that
 * one failure spoils only itself: making an offer durable, ringing out, overflowing, and
 * withdrawing offers left open by a crash. Each checks the database first and does nothing if
 * the contact has moved on meanwhile.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ContactFlow {

    private static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContactJournal journal;

    @Inject
    private PresenceLog presence;

    @Inject
    private QueueReturn queueReturn;

    @Inject
    private Clock clock;

    /** Makes the engine's offer real: the contact is offered, a call makes the agent's phone ring. */
    public void offer(Offer offer) {
        Contact c = em.find(Contact.class, offer.contactId());
        Agent agent = em.find(Agent.class, offer.agentId());
        Instant now = clock.instant();
        if (c == null || agent == null || agent.state() != AgentState.IDLE) {
            throw new IllegalStateException("offer " + offer + " no longer fits the database");
        }
        c.offerTo(agent.id(), Instant.ofEpochMilli(offer.deadlineMillis()));
        if (c.kind() == ContactKind.CALL) {
            presence.record(agent, agent.ring(now), SYSTEM);
        }
        journal.step(c, ContactEvent.OFFERED, agent.id(), explain(offer.decision()), now);
    }

    /** The offer rang for the whole ring time: back to the queue, and the agent to busy if the group says so. */
    public boolean ringOut(long contactId, long agentId) {
        Contact c = em.find(Contact.class, contactId);
        Instant now = clock.instant();
        if (c == null
                || c.status() != ContactStatus.OFFERED
                || c.agentId() != agentId
                || c.offerDeadline().isAfter(now)) {
            return false;
        }
        boolean goBusy = em.find(SkillGroup.class, c.skillGroupId()).rules().missGoesBusy();
        queueReturn.apply(
                c, ContactEvent.OFFER_TIMED_OUT, goBusy, "rang out" + (goBusy ? "; agent set to busy" : ""), now);
        return true;
    }

    /** At start-up: an offer that was open when the server stopped is withdrawn; the agent is freed. */
    public void withdraw(long contactId) {
        withdraw(contactId, clock.instant());
    }

    /** As {@link #withdraw(long)}, at the moment the offer really stopped ringing (a crash's last heartbeat). */
    public void withdraw(long contactId, Instant at) {
        Contact c = em.find(Contact.class, contactId);
        if (c != null && c.status() == ContactStatus.OFFERED) {
            queueReturn.apply(c, ContactEvent.OFFER_WITHDRAWN, false, "offer withdrawn: the server restarted", at);
        }
    }

    public void overflow(Overflow overflow) {
        Contact c = em.find(Contact.class, overflow.contactId());
        if (c == null || c.status() != ContactStatus.WAITING || c.skillGroupId() != overflow.groupId()) {
            return;
        }
        leave(c, overflow.action(), overflow.targetGroupId(), "waited longer than the queue allows");
    }

    /** The queue was full when the contact arrived. */
    public void overflowOnArrival(long contactId, OverflowAction action) {
        Contact c = em.find(Contact.class, contactId);
        if (c != null && c.status() == ContactStatus.WAITING) {
            SkillGroup group = em.find(SkillGroup.class, c.skillGroupId());
            leave(c, action, group.rules().overflowTargetGroupId(), "queue full");
        }
    }

    private void leave(Contact c, OverflowAction action, Long targetGroupId, String why) {
        Instant now = clock.instant();
        if (action == OverflowAction.SKILL_GROUP
                && targetGroupId != null
                && em.find(SkillGroup.class, targetGroupId) != null) {
            c.overflowTo(targetGroupId);
            journal.step(c, ContactEvent.OVERFLOWED, null, why + "; moved to skill group " + targetGroupId, now);
            journal.tellRouting(c, ContactChanged.Change.MOVED, 0);
            return;
        }
        OverflowAction ending = action == OverflowAction.SKILL_GROUP ? OverflowAction.HANGUP : action;
        c.leaveQueue(ending, now);
        String type = ending == OverflowAction.HANGUP ? ContactEvent.TIMED_OUT : ContactEvent.OVERFLOWED;
        journal.step(c, type, null, why + "; " + ending.name().toLowerCase(), now);
        journal.tellRouting(c, ContactChanged.Change.FINISHED, 0);
    }

    static String explain(Decision d) {
        return d.reason() + ". Candidates: "
                + d.candidates().stream()
                        .map(k -> "agent " + k.agentId() + " (" + k.rankedBy() + ")")
                        .collect(Collectors.joining("; "));
    }
}

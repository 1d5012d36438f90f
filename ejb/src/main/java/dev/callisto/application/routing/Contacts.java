package dev.callisto.application.routing;

import dev.callisto.application.PresenceLog;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.routing.ContactKind;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import dev.callisto.events.ContactEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * The life of a contact, without the question of who may ask: {@link ContactService} checks that
 * for people, the call services for calls. Each step moves the contact, moves the agent's state
 * with it for calls, and journals the step.
 */
@ApplicationScoped
public class Contacts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContactJournal journal;

    @Inject
    private PresenceLog presence;

    @Inject
    private QueueReturn queueReturn;

    /** Queues a contact; {@code requiredAgentId} makes it a transfer to that one agent. */
    public Contact queue(
            SkillGroup group,
            ContactKind kind,
            int priority,
            String customer,
            Long callId,
            Long requiredAgentId,
            Instant now) {
        Long lastAgent = requiredAgentId == null ? lastAgent(group, customer) : null;
        Contact c = new Contact(group.tenantId(), group.id(), kind, priority, customer, lastAgent, now);
        c.routeFor(callId, requiredAgentId);
        em.persist(c);
        String detail = requiredAgentId != null
                ? "transfer to agent " + requiredAgentId
                : lastAgent == null ? null : "returning customer: agent " + lastAgent + " served them last";
        journal.step(c, ContactEvent.QUEUED, null, detail, now);
        journal.tellRouting(c, ContactChanged.Change.QUEUED, 0);
        return c;
    }

    public void accept(Contact c, Agent agent, Instant now, String cause) {
        c.accept(agent.id(), now);
        if (c.kind() == ContactKind.CALL) {
            presence.record(agent, agent.answer(now), cause);
        }
        journal.step(c, ContactEvent.ACCEPTED, agent.id(), null, now);
        journal.tellRouting(c, ContactChanged.Change.ACCEPTED, 0);
    }

    /** The agent is done with it; a call puts the agent in the group's after-call work. */
    public void complete(Contact c, Agent agent, boolean agentLeavesCall, Instant now, String cause) {
        long handled = c.handleTime(now).toSeconds();
        c.complete(now);
        if (c.kind() == ContactKind.CALL && agentLeavesCall) {
            int acw = em.find(SkillGroup.class, c.skillGroupId()).afterCallWorkSeconds();
            presence.record(agent, agent.endCall(Duration.ofSeconds(acw), c.callId(), now), cause);
        }
        journal.step(c, ContactEvent.COMPLETED, agent.id(), "handled " + handled + " s", now);
        journal.tellRouting(c, ContactChanged.Change.FINISHED, handled);
    }

    /**
     * The agent could not finish the call ({@code why}: a restart cut it, their browser went away):
     * the contact is completed, and the agent goes back to where the call found them, without
     * after-call work for a call they could not finish.
     */
    public void cut(Contact c, Agent agent, Instant at, String why) {
        long handled = c.handleTime(at).toSeconds();
        c.complete(at);
        presence.record(agent, agent.endCall(Duration.ZERO, c.callId(), at), "system");
        journal.step(c, ContactEvent.COMPLETED, agent.id(), why, at);
        journal.tellRouting(c, ContactChanged.Change.FINISHED, handled);
    }

    /**
     * Queues the call of {@code old} again where it waited before: same group, priority and
     * arrival (so its old place), and no preference for the agent who just lost it.
     */
    public Contact requeue(Contact old, String why, Instant at) {
        Contact c = new Contact(
                old.tenantId(), old.skillGroupId(), old.kind(), old.priority(), old.customer(), null, old.enqueuedAt());
        c.routeFor(old.callId(), null);
        em.persist(c);
        journal.step(c, ContactEvent.QUEUED, null, why, at);
        journal.tellRouting(c, ContactChanged.Change.QUEUED, 0);
        return c;
    }

    /** The customer left before being answered; an offer still ringing is withdrawn first. */
    public void abandon(Contact c, Instant now) {
        Long ringing = c.status() == ContactStatus.OFFERED ? c.agentId() : null;
        if (ringing != null) {
            queueReturn.apply(c, ContactEvent.OFFER_WITHDRAWN, false, "the customer hung up", now);
        }
        c.abandon(now);
        journal.step(c, ContactEvent.ABANDONED, ringing, ringing == null ? "while waiting" : "while ringing", now);
        journal.tellRouting(c, ContactChanged.Change.FINISHED, 0);
    }

    private Long lastAgent(SkillGroup group, String customer) {
        if (customer == null || group.rules().lastAgentSeconds() <= 0) {
            return null;
        }
        return em.createNamedQuery("Contact.lastAnsweredBy", Long.class)
                .setParameter("tenantId", group.tenantId())
                .setParameter("customer", customer)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .filter(agentId -> !em.createNamedQuery("SkillGroupMember.find", SkillGroupMember.class)
                        .setParameter("tenantId", group.tenantId())
                        .setParameter("groupId", group.id())
                        .setParameter("agentId", agentId)
                        .getResultList()
                        .isEmpty())
                .orElse(null);
    }
}

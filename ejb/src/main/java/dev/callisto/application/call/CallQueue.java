package dev.callisto.application.call;

import dev.callisto.application.routing.Contacts;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.routing.ContactKind;
import dev.callisto.domain.skillgroup.SkillGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Puts a call in a skill group's queue (arrival, IVR, blind transfer), as a contact routing offers. */
@ApplicationScoped
public class CallQueue {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Contacts contacts;

    @Inject
    private CallJournal journal;

    public void queue(Call call, SkillGroup group, Long requiredAgentId, int priority, Instant now) {
        group.requireTakesInboundCalls();
        Contact contact =
                contacts.queue(group, ContactKind.CALL, priority, call.customer(), call.id(), requiredAgentId, now);
        call.enterQueue(group.id(), contact.id(), now);
        journal.step(call, "queued", null, "skill group " + group.id(), now);
    }

    /** The group to route a transfer to one agent through: the call's own if the agent is in it. */
    public SkillGroup groupOf(Agent target, Call call) {
        List<Long> groups = em.createQuery(
                        "select m.skillGroupId from SkillGroupMember m where m.agentId = :agentId order by m.skillGroupId",
                        Long.class)
                .setParameter("agentId", target.id())
                .getResultList();
        if (groups.isEmpty()) {
            throw new ConflictException("agent " + target.login() + " is in no skill group and cannot take transfers");
        }
        long groupId = groups.contains(call.skillGroupId()) ? call.skillGroupId() : groups.get(0);
        return em.find(SkillGroup.class, groupId);
    }
}

package dev.callisto.application.routing;

import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.routing.AgentSnapshot;
import dev.callisto.domain.routing.QueueRules;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what the routing engine needs from the database: committed facts only, across tenants. */
@Stateless
@PermitAll
public class RoutingSnapshots {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public record GroupRules(long groupId, QueueRules rules) {}

    public List<GroupRules> groups() {
        return em.createQuery("select g from SkillGroup g", SkillGroup.class)
                .getResultStream()
                .map(g -> new GroupRules(g.id(), g.rules()))
                .toList();
    }

    public Optional<GroupRules> group(long groupId) {
        return Optional.ofNullable(em.find(SkillGroup.class, groupId)).map(g -> new GroupRules(g.id(), g.rules()));
    }

    public List<AgentSnapshot> agents() {
        return em.createQuery("select a from Agent a", Agent.class)
                .getResultStream()
                .map(this::snapshot)
                .toList();
    }

    /** The agent as routing should see them now; a deleted agent is simply not ready anywhere. */
    public AgentSnapshot agent(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        return agent == null ? new AgentSnapshot(agentId, false, false, 0, 0, 0, Map.of()) : snapshot(agent);
    }

    public List<Contact> openContacts() {
        return em.createNamedQuery("Contact.open", Contact.class)
                .setParameter("statuses", List.of(ContactStatus.WAITING, ContactStatus.OFFERED, ContactStatus.ANSWERED))
                .getResultList();
    }

    private AgentSnapshot snapshot(Agent a) {
        Map<Long, Integer> levels = new HashMap<>();
        em.createNamedQuery("SkillGroupMember.ofAgent", SkillGroupMember.class)
                .setParameter("tenantId", a.tenantId())
                .setParameter("agentId", a.id())
                .getResultList()
                .forEach(m -> levels.put(m.skillGroupId(), m.level()));
        Instant midnight = clock.instant()
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        long today = em.createQuery(
                        "select count(c) from Contact c where c.agentId = :agentId and c.answeredAt >= :since",
                        Long.class)
                .setParameter("agentId", a.id())
                .setParameter("since", midnight)
                .getSingleResult();
        return new AgentSnapshot(
                a.id(),
                a.state() == AgentState.IDLE,
                a.state() != AgentState.SIGNED_OUT,
                a.stateSince().toEpochMilli(),
                (int) today,
                a.profile().maxConcurrentChats(),
                levels);
    }
}

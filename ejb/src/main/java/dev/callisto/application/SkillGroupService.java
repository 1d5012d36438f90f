package dev.callisto.application;

import dev.callisto.application.audit.Audited;
import dev.callisto.application.routing.SkillGroupChanged;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.routing.OverflowAction;
import dev.callisto.domain.routing.QueueRules;
import dev.callisto.domain.skillgroup.GroupPurpose;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Skill groups and who is in them, at what level. Admins edit; supervisors read. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SkillGroupService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Event<SkillGroupChanged> changed;

    public Page<SkillGroup> list(String search, int page, int size) {
        return new PagedQuery<>(SkillGroup.class, caller.tenantId())
                .search("lower(e.name) like concat('%', :q, '%')", search)
                .fetch(em, "e.name", page, size);
    }

    public SkillGroup get(long id) {
        return find(caller.tenantId(), id);
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("skill-group.create")
    public SkillGroup create(String name, String description, int afterCallWorkSeconds, GroupPurpose purpose) {
        long tenantId = caller.tenantId();
        requireUniqueName(tenantId, name, null);
        SkillGroup group = new SkillGroup(
                tenantId, name, description, afterCallWorkSeconds, purpose == null ? GroupPurpose.INBOUND : purpose);
        em.persist(group);
        em.flush();
        changed.fire(new SkillGroupChanged(group.id(), Set.of()));
        return group;
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("skill-group.update")
    public SkillGroup update(long id, String name, String description, int afterCallWorkSeconds, GroupPurpose purpose) {
        long tenantId = caller.tenantId();
        SkillGroup group = find(tenantId, id);
        if (purpose != null && purpose != group.purpose()) {
            throw new InvalidInputException("purpose", "a skill group's purpose is chosen when it is created");
        }
        requireUniqueName(tenantId, name, id);
        group.rename(name, description, afterCallWorkSeconds);
        return group;
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("skill-group.delete")
    public void delete(long id) {
        long tenantId = caller.tenantId();
        SkillGroup group = find(tenantId, id);
        long open = em.createQuery(
                        "select count(c) from Contact c where c.skillGroupId = :id and c.status in :open", Long.class)
                .setParameter("id", id)
                .setParameter("open", List.of(ContactStatus.WAITING, ContactStatus.OFFERED, ContactStatus.ANSWERED))
                .getSingleResult();
        if (open > 0) {
            throw new ConflictException(open + " contacts are still in skill group " + group.name());
        }
        List<SkillGroupMember> members = members(tenantId, id);
        members.forEach(em::remove);
        em.remove(group);
        changed.fire(new SkillGroupChanged(
                id, members.stream().map(SkillGroupMember::agentId).collect(Collectors.toSet())));
    }

    public List<SkillGroupMember> members(long groupId) {
        long tenantId = caller.tenantId();
        find(tenantId, groupId);
        return members(tenantId, groupId);
    }

    /** Adds the agent to the group, or changes their level if they are already in it. */
    @RolesAllowed(Roles.ADMIN)
    @Audited("skill-group.member-put")
    public SkillGroupMember putMember(long groupId, long agentId, int level) {
        long tenantId = caller.tenantId();
        SkillGroup group = find(tenantId, groupId);
        Agent agent = AgentService.find(em, tenantId, agentId);
        requireOnePurpose(group, agent);
        if (level < SkillGroupMember.LOWEST_LEVEL || level > SkillGroupMember.HIGHEST_LEVEL) {
            throw new InvalidInputException(
                    "level",
                    "level must be between " + SkillGroupMember.LOWEST_LEVEL + " and "
                            + SkillGroupMember.HIGHEST_LEVEL);
        }
        List<SkillGroupMember> existing = member(tenantId, groupId, agentId);
        changed.fire(new SkillGroupChanged(groupId, Set.of(agentId)));
        if (!existing.isEmpty()) {
            existing.get(0).changeLevel(level);
            return existing.get(0);
        }
        SkillGroupMember member = new SkillGroupMember(tenantId, groupId, agentId, level);
        em.persist(member);
        return member;
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("skill-group.member-remove")
    public void removeMember(long groupId, long agentId) {
        long tenantId = caller.tenantId();
        find(tenantId, groupId);
        List<SkillGroupMember> existing = member(tenantId, groupId, agentId);
        if (existing.isEmpty()) {
            throw new NotFoundException("member", agentId);
        }
        em.remove(existing.get(0));
        changed.fire(new SkillGroupChanged(groupId, Set.of(agentId)));
    }

    /** Changes how the group routes; an overflow into a group must name another group of the tenant. */
    @RolesAllowed(Roles.ADMIN)
    @Audited("skill-group.routing")
    public SkillGroup changeRules(long id, QueueRules rules) {
        long tenantId = caller.tenantId();
        SkillGroup group = find(tenantId, id);
        if (rules.overflowAction() == OverflowAction.SKILL_GROUP) {
            if (rules.overflowTargetGroupId() == null || rules.overflowTargetGroupId() == id) {
                throw new InvalidInputException(
                        "overflowTargetGroupId", "overflow to a skill group needs another group's id");
            }
            find(tenantId, rules.overflowTargetGroupId());
        }
        group.changeRules(rules);
        changed.fire(new SkillGroupChanged(id, Set.of()));
        return group;
    }

    /** Inbound and telemarketing are kept apart: an agent works in groups of one purpose only. */
    private void requireOnePurpose(SkillGroup group, Agent agent) {
        em.createQuery(
                        "select g from SkillGroup g, SkillGroupMember m where m.skillGroupId = g.id"
                                + " and m.agentId = :agent and g.tenantId = :tenant",
                        SkillGroup.class)
                .setParameter("agent", agent.id())
                .setParameter("tenant", group.tenantId())
                .getResultStream()
                .filter(other -> other.purpose() != group.purpose())
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("agent " + agent.login() + " works in "
                            + other.purpose().name().toLowerCase() + " group " + other.name()
                            + "; inbound and telemarketing groups keep their own agents");
                });
    }

    private List<SkillGroupMember> member(long tenantId, long groupId, long agentId) {
        return em.createNamedQuery("SkillGroupMember.find", SkillGroupMember.class)
                .setParameter("tenantId", tenantId)
                .setParameter("groupId", groupId)
                .setParameter("agentId", agentId)
                .getResultList();
    }

    private List<SkillGroupMember> members(long tenantId, long groupId) {
        return em.createNamedQuery("SkillGroupMember.ofGroup", SkillGroupMember.class)
                .setParameter("tenantId", tenantId)
                .setParameter("groupId", groupId)
                .getResultList();
    }

    private void requireUniqueName(long tenantId, String name, Long exceptId) {
        boolean taken = em.createQuery(
                        "select g.id from SkillGroup g where g.tenantId = :tenantId and g.name = :name", Long.class)
                .setParameter("tenantId", tenantId)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new ConflictException("name", "a skill group named " + name + " already exists");
        }
    }

    private SkillGroup find(long tenantId, long id) {
        SkillGroup group = em.find(SkillGroup.class, id);
        if (group == null || group.tenantId() != tenantId) {
            throw new NotFoundException("skill group", id);
        }
        return group;
    }
}

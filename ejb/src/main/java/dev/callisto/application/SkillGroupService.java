package dev.callisto.application;

import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Skill groups and who is in them, at what level. Admins edit; supervisors read. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SkillGroupService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Page<SkillGroup> list(String search, int page, int size) {
        return new PagedQuery<>(SkillGroup.class, caller.tenantId())
                .search("lower(e.name) like concat('%', :q, '%')", search)
                .fetch(em, "e.name", page, size);
    }

    public SkillGroup get(long id) {
        return find(caller.tenantId(), id);
    }

    @RolesAllowed(Roles.ADMIN)
    public SkillGroup create(String name, String description, int afterCallWorkSeconds) {
        long tenantId = caller.tenantId();
        requireUniqueName(tenantId, name, null);
        SkillGroup group = new SkillGroup(tenantId, name, description, afterCallWorkSeconds);
        em.persist(group);
        return group;
    }

    @RolesAllowed(Roles.ADMIN)
    public SkillGroup update(long id, String name, String description, int afterCallWorkSeconds) {
        long tenantId = caller.tenantId();
        SkillGroup group = find(tenantId, id);
        requireUniqueName(tenantId, name, id);
        group.rename(name, description, afterCallWorkSeconds);
        return group;
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        long tenantId = caller.tenantId();
        SkillGroup group = find(tenantId, id);
        members(tenantId, id).forEach(em::remove);
        em.remove(group);
    }

    public List<SkillGroupMember> members(long groupId) {
        long tenantId = caller.tenantId();
        find(tenantId, groupId);
        return members(tenantId, groupId);
    }

    /** Adds the agent to the group, or changes their level if they are already in it. */
    @RolesAllowed(Roles.ADMIN)
    public SkillGroupMember putMember(long groupId, long agentId, int level) {
        long tenantId = caller.tenantId();
        find(tenantId, groupId);
        AgentService.find(em, tenantId, agentId);
        if (level < SkillGroupMember.LOWEST_LEVEL || level > SkillGroupMember.HIGHEST_LEVEL) {
            throw new InvalidInputException(
                    "level",
                    "level must be between " + SkillGroupMember.LOWEST_LEVEL + " and "
                            + SkillGroupMember.HIGHEST_LEVEL);
        }
        List<SkillGroupMember> existing = member(tenantId, groupId, agentId);
        if (!existing.isEmpty()) {
            existing.get(0).changeLevel(level);
            return existing.get(0);
        }
        SkillGroupMember member = new SkillGroupMember(tenantId, groupId, agentId, level);
        em.persist(member);
        return member;
    }

    @RolesAllowed(Roles.ADMIN)
    public void removeMember(long groupId, long agentId) {
        long tenantId = caller.tenantId();
        find(tenantId, groupId);
        List<SkillGroupMember> existing = member(tenantId, groupId, agentId);
        if (existing.isEmpty()) {
            throw new NotFoundException("member", agentId);
        }
        em.remove(existing.get(0));
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
            throw new ConflictException("a skill group named " + name + " already exists");
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

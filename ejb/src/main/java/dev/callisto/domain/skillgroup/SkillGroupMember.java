package dev.callisto.domain.skillgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** An agent's membership of a skill group, with how skilled they are there (1 lowest, 5 highest). */
@Entity
@Table(name = "skill_group_member", uniqueConstraints = @UniqueConstraint(columnNames = {"skill_group_id", "agent_id"}))
@NamedQuery(
        name = "SkillGroupMember.ofGroup",
        query =
                "select m from SkillGroupMember m where m.tenantId = :tenantId and m.skillGroupId = :groupId order by m.agentId")
@NamedQuery(
        name = "SkillGroupMember.find",
        query =
                "select m from SkillGroupMember m where m.tenantId = :tenantId and m.skillGroupId = :groupId and m.agentId = :agentId")
@NamedQuery(
        name = "SkillGroupMember.ofAgent",
        query = "select m from SkillGroupMember m where m.tenantId = :tenantId and m.agentId = :agentId")
public class SkillGroupMember {

    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "skill_group_id", nullable = false)
    private long skillGroupId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    private int level;

    protected SkillGroupMember() {}

    public SkillGroupMember(long tenantId, long skillGroupId, long agentId, int level) {
        this.tenantId = tenantId;
        this.skillGroupId = skillGroupId;
        this.agentId = agentId;
        this.level = level;
    }

    public void changeLevel(int level) {
        this.level = level;
    }

    public long skillGroupId() {
        return skillGroupId;
    }

    public long agentId() {
        return agentId;
    }

    public int level() {
        return level;
    }
}

package dev.callisto.web.rest.skillgroup;

import dev.callisto.domain.skillgroup.SkillGroupMember;

public record MemberView(long skillGroupId, long agentId, int level) {
    static MemberView of(SkillGroupMember m) {
        return new MemberView(m.skillGroupId(), m.agentId(), m.level());
    }
}

package dev.callisto.web.rest.skillgroup;

import dev.callisto.domain.skillgroup.SkillGroup;

public record SkillGroupView(long id, String name, String description, int afterCallWorkSeconds, String purpose) {
    static SkillGroupView of(SkillGroup g) {
        return new SkillGroupView(
                g.id(),
                g.name(),
                g.description(),
                g.afterCallWorkSeconds(),
                g.purpose().name());
    }
}

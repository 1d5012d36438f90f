package dev.callisto.application.routing;

import java.util.Set;

/** A skill group's routing rules or members changed; routing reloads the group and these agents. */
public record SkillGroupChanged(long groupId, Set<Long> agentIds) {}

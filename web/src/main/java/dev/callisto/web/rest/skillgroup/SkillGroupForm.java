package dev.callisto.web.rest.skillgroup;

import dev.callisto.domain.skillgroup.GroupPurpose;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A skill group as an admin creates or replaces it; after-call work of 0 seconds turns it off. The
 * purpose (INBOUND, the default, or TELEMARKETING) is chosen at creation and cannot change.
 */
public record SkillGroupForm(
        @NotBlank @Size(max = 80) String name,
        @Size(max = 400) String description,
        @Min(0) @Max(3600) Integer afterCallWorkSeconds,
        GroupPurpose purpose) {

    int afterCallWork() {
        return afterCallWorkSeconds == null ? 0 : afterCallWorkSeconds;
    }
}

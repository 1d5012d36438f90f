package dev.callisto.web.rest.skillgroup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An agent's skill level in a group: 1 (lowest) to 5 (highest). */
public record MemberForm(@NotNull @Min(1) @Max(5) Integer level) {}

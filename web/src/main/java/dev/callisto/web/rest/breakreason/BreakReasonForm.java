package dev.callisto.web.rest.breakreason;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A break reason; {@code code} is fixed at creation, {@code active=false} retires it. */
public record BreakReasonForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "lower-case letters, digits and - only")
                String code,
        @NotBlank @Size(max = 80) String label,
        Boolean active) {}

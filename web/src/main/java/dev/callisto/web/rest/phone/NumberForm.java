package dev.callisto.web.rest.phone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service number (DID, 400 number) on a trunk, to exactly one of an IVR flow and a skill group. */
public record NumberForm(
        @NotBlank @Size(max = 32) String number,
        @NotNull Long trunkId,
        @Size(max = 80) String flow,
        Long skillGroupId) {}

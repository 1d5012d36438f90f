package dev.callisto.web.rest.contact;

import dev.callisto.domain.routing.ContactKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact to queue: which group, a call or a chat, how urgent (0-9), and who the customer is. */
public record ContactForm(
        @NotNull Long skillGroupId,
        @NotNull ContactKind kind,
        @Min(0) @Max(9) Integer priority,
        @Size(max = 80) String customer) {}

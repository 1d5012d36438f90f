package dev.callisto.web.rest.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An endpoint and the event types it wants: {@code call.ended}, a family {@code call.*}, or {@code *}. */
public record WebhookForm(
        @NotBlank @Size(max = 500) String url,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 80) String> eventTypes) {}

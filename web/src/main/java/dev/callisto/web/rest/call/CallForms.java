package dev.callisto.web.rest.call;

import dev.callisto.domain.call.CallChannel;
import dev.callisto.domain.call.LegRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the call API. */
public final class CallForms {

    private CallForms() {}

    /** A customer calls in (phone number or visitor id) to an IVR flow, or straight to a skill group. */
    public record Arrival(
            @NotNull CallChannel channel,
            @NotBlank @Size(max = 80) String customer,
            Long skillGroupId,
            @Size(max = 40) String flow) {}

    /** A key (0-9 * #), digits ended by # for a collect node, or "timeout". */
    public record Keys(@NotBlank @Size(max = 40) String keys) {}

    /** Blind transfer: exactly one of the two. */
    public record Transfer(Long skillGroupId, Long agentId) {}

    public record Consult(@NotNull Long agentId) {}

    public record Rating(@NotNull @Min(1) @Max(5) Integer score) {}

    public record Dial(
            @NotBlank @Pattern(regexp = "\\+?[0-9]{3,31}", message = "digits, optionally after +") String number) {}

    public record ClickToCall(
            @NotNull Long agentId,
            @NotBlank @Pattern(regexp = "\\+?[0-9]{3,31}", message = "digits, optionally after +") String number) {}

    public record Monitor(@NotNull LegRole mode) {}

    public record Blacklist(@Size(max = 200) String reason) {}

    public record Extension(@NotNull @Min(1) @Max(3600) Integer seconds) {}
}

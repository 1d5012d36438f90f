package dev.callisto.web.rest.phone;

import dev.callisto.application.phone.TrunkService.TrunkSetup;
import dev.callisto.domain.phone.Trunk;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A SIP trunk as an admin creates or replaces it: an IP peer (no credentials) or a registering
 * trunk ({@code username} and {@code secret}); {@code port} defaults to 5060, {@code maxCalls} to 30.
 */
public record TrunkForm(
        @NotBlank @Size(max = 80) String name,
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9.:-]+", message = "a host name or an IP address")
                String host,
        @Min(1) @Max(65535) Integer port,
        Trunk.Transport transport,
        @Size(max = 80) String username,
        @Size(max = 128) String secret,
        @Size(max = 32) String callerId,
        @Min(1) @Max(10000) Integer maxCalls) {

    TrunkSetup setup() {
        return new TrunkSetup(
                name,
                host,
                port == null ? 5060 : port,
                transport == null ? Trunk.Transport.UDP : transport,
                username,
                secret,
                callerId,
                maxCalls == null ? 30 : maxCalls);
    }
}

package dev.callisto.web.rest.agent;

import dev.callisto.domain.agent.AgentProfile;
import dev.callisto.domain.agent.AnswerMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An agent as an admin creates or replaces it. The login cannot change once created. */
public record AgentForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
                String login,
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 20) String workNumber,
        @Size(max = 32) @Pattern(regexp = "\\+?[0-9]{3,31}", message = "digits, optionally after +") String phoneNumber,
        @NotNull AnswerMode answerMode,
        @Min(0) @Max(50) Integer maxConcurrentChats) {

    AgentProfile profile() {
        return new AgentProfile(
                displayName, workNumber, phoneNumber, answerMode, maxConcurrentChats == null ? 1 : maxConcurrentChats);
    }
}

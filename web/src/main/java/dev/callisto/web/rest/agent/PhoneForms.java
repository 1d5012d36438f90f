package dev.callisto.web.rest.agent;

import dev.callisto.domain.agent.AnswerMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What people change about an agent's phone. */
public final class PhoneForms {

    private PhoneForms() {}

    /** The answer mode to use from now: BROWSER_PHONE, SIP_PHONE or MOBILE. */
    public record Mode(@NotNull AnswerMode answerMode) {}

    /** The desk phone's SIP password (8 to 64 characters). */
    public record SipPassword(@NotNull @Size(min = 8, max = 64) String password) {}
}

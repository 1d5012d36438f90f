package dev.callisto.web.rest.agent;

import dev.callisto.domain.agent.AgentPhone;
import dev.callisto.domain.agent.AnswerMode;
import java.time.Instant;

/**
 * How an agent takes calls now: the answer mode in use and, for a desk phone, its SIP account
 * ({@code login@sipDomain} registering at the edge's {@code registrar}) and registration.
 */
public record PhoneView(
        AnswerMode answerMode,
        boolean sipAccount,
        String sipUser,
        String sipDomain,
        String registrar,
        boolean registered,
        Instant registeredUntil,
        Instant lockedUntil) {

    static PhoneView of(AgentPhone p, String login, String domain, String registrar, boolean registered) {
        return new PhoneView(
                p.mode(),
                p.hasSipAccount(),
                login,
                domain,
                registrar,
                registered,
                registered ? p.registeredUntil() : null,
                p.lockedUntil());
    }
}

package dev.callisto.application.media;

import dev.callisto.domain.media.ChatMessage;

/**
 * Someone on a call's media and chat, as the signalling layer authenticated them: a customer by
 * their visitor token, an agent or supervisor by their sign-in.
 *
 * @param name the customer's id or the staff member's login
 */
public record Participant(long tenantId, ChatMessage.From kind, String name) {

    /** The name the media server knows this participant by. */
    String mediaName(Long agentId) {
        return switch (kind) {
            case CUSTOMER -> "customer";
            case AGENT -> "agent-" + agentId;
            case SUPERVISOR -> "supervisor-" + name;
        };
    }
}

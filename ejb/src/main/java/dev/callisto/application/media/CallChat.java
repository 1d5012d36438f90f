package dev.callisto.application.media;

import dev.callisto.application.Roles;
import dev.callisto.application.call.CallAccess;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.media.ChatMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The chat of a call: the customer and the agent (and a supervisor who joined) write to each
 * other before, during and after the call. Each message is kept (the call record's transcript)
 * and handed to the open connections of the call as a {@link ChatPosted} event.
 */
@Stateless
public class CallChat {

    /** A message was kept; the signalling layer delivers it to everyone on the call. */
    public record ChatPosted(long tenantId, long callId, ChatMessage message) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallMedia media;

    @Inject
    private CallAccess access;

    @Inject
    private Event<ChatPosted> posted;

    @Inject
    private Clock clock;

    @PermitAll
    public ChatMessage post(Participant from, long callId, String text, Long imageId) {
        Call call = media.callOf(from, callId);
        if (from.kind() == ChatMessage.From.AGENT) {
            media.agentOn(from, call);
        }
        ChatMessage message =
                new ChatMessage(from.tenantId(), callId, from.kind(), from.name(), text, imageId, clock.instant());
        em.persist(message);
        em.flush();
        posted.fire(new ChatPosted(from.tenantId(), callId, message));
        return message;
    }

    /** The transcript for a participant of the call (the customer sees their own calls only). */
    @PermitAll
    public List<ChatMessage> transcript(Participant who, long callId) {
        return ofCall(media.callOf(who, callId));
    }

    /** The transcript for staff: agents of their own calls, supervisors and admins all of the tenant's. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ChatMessage> transcript(long callId) {
        Call call = access.call(callId);
        access.requireVisible(call);
        return ofCall(call);
    }

    private List<ChatMessage> ofCall(Call call) {
        return em.createNamedQuery("ChatMessage.ofCall", ChatMessage.class)
                .setParameter("tenant", call.tenantId())
                .setParameter("call", call.id())
                .getResultList();
    }
}

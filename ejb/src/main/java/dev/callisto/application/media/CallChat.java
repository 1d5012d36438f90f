package dev.callisto.application.media;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.call.CallAccess;
import dev.callisto.application.ticket.AttachmentStore;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.media.ChatImage;
import dev.callisto.domain.media.ChatMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Path;
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

    @Inject
    private AttachmentStore store;

    @Inject
    private Caller caller;

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

    /** Sends an image in the chat: stored if it is a PNG, JPEG or GIF of at most 5 MB, else refused and dropped. */
    @PermitAll
    public ChatMessage postImage(Participant from, long callId, InputStream content) {
        Call call = media.callOf(from, callId);
        AttachmentStore.Upload upload = store.receive(call.tenantId(), content);
        ChatImage image;
        try {
            image = new ChatImage(
                    call.tenantId(),
                    callId,
                    upload.head(),
                    upload.size(),
                    store.nameOf(upload),
                    from.name(),
                    clock.instant());
        } catch (InvalidInputException e) {
            store.discard(upload);
            throw e;
        }
        em.persist(image);
        em.flush();
        return post(from, callId, null, image.id());
    }

    /** An image of the call's chat, for a participant of the call. */
    @PermitAll
    public Image image(Participant who, long callId, long imageId) {
        return imageOf(media.callOf(who, callId), imageId);
    }

    /** An image of the call's chat, for staff who may see the call. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Image image(long callId, long imageId) {
        Call call = access.call(callId);
        access.requireVisible(call);
        return imageOf(call, imageId);
    }

    /** The signed-in staff member as a chat participant: an agent, or else a supervisor. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Participant staff() {
        ChatMessage.From kind = caller.agent().isPresent() ? ChatMessage.From.AGENT : ChatMessage.From.SUPERVISOR;
        return new Participant(caller.tenantId(), kind, caller.login());
    }

    /** An image's file and type. */
    public record Image(Path file, String contentType) {}

    private Image imageOf(Call call, long imageId) {
        ChatImage image = em.find(ChatImage.class, imageId);
        if (image == null || image.tenantId() != call.tenantId() || image.callId() != call.id()) {
            throw new NotFoundException("chat image", imageId);
        }
        return new Image(store.fileOf(image.storedAs()), image.contentType());
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

package dev.callisto.web.phone;

import dev.callisto.application.media.CallChat;
import dev.callisto.application.media.CallMedia;
import dev.callisto.application.media.CallQuality;
import dev.callisto.application.media.Participant;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.call.LinkQuality;
import dev.callisto.domain.media.ChatMessage;
import dev.callisto.web.rest.JsonBodyGate;
import dev.callisto.web.rest.JsonNesting;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The phone's signalling messages, the same for customers and staff. In: {@code offer} (audio,
 * SDP with its candidates; {@code "as":"supervisor"} to listen or barge), {@code video-offer}
 * (publish the camera), {@code video-subscribe} and {@code video-start} (receive the others'
 * cameras: the server offers, the browser answers), {@code watch} (follow a call's events and
 * chat, e.g. after a reconnect; answers with the transcript so far), {@code chat}, {@code stats}
 * (the link's loss, jitter and round trip every few seconds; no answer), {@code leave}.
 * Out: {@code ice}, {@code answer} (with {@code video} if it is a video call), {@code video-answer},
 * {@code video-offer}/{@code video-none}, {@code video-available} (someone showed a camera),
 * {@code transcript}, {@code chat}, {@code call} (a call event), {@code error} (with an
 * HTTP-like status, the field at fault and the request it answers).
 */
@ApplicationScoped
public class PhoneSignals {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(PhoneSignals.class.getName());

    @Inject
    private CallMedia media;

    @Inject
    private CallChat chat;

    @Inject
    private CallQuality quality;

    @Inject
    private PhoneSessions sessions;

    @Inject
    private IceServers iceServers;

    void handle(PhoneConnection c, String text) {
        Long call = null;
        String type = null;
        try {
            JsonObject m = parse(text);
            type = m.getString("type", "");
            if (type.equals("ice")) { // the page's TURN credential is half used: a fresh one
                c.send(iceServers.message(c.participant()));
                return;
            }
            long id = callOf(m);
            call = id;
            Participant who = as(c, m);
            switch (type) {
                case "offer" -> {
                    String answer = media.connect(who, id, required(m, "sdp"));
                    c.calls().add(id);
                    c.send(message("answer", id)
                            .add("sdp", answer)
                            .add("video", media.hasVideo(id))
                            .build()
                            .toString());
                }
                case "video-offer" -> {
                    String answer = media.publishVideo(who, id, required(m, "sdp"));
                    c.send(message("video-answer", id)
                            .add("sdp", answer)
                            .build()
                            .toString());
                    sessions.toFollowers(
                            c.participant().tenantId(),
                            id,
                            c,
                            message("video-available", id).build().toString());
                }
                case "video-subscribe" ->
                    c.send(media.subscribeVideo(who, id)
                            .map(offer -> message("video-offer", id).add("sdp", offer))
                            .orElse(message("video-none", id))
                            .build()
                            .toString());
                case "video-start" -> media.startVideo(who, id, required(m, "sdp"));
                case "watch" -> {
                    JsonArrayBuilder messages = JSON.createArrayBuilder();
                    chat.transcript(who, id).forEach(msg -> messages.add(PhoneSessions.chatJson(msg)));
                    c.calls().add(id);
                    c.send(message("transcript", id)
                            .add("messages", messages)
                            .build()
                            .toString());
                }
                case "chat" -> {
                    c.calls().add(id);
                    chat.post(who, id, m.getString("text", null), null);
                }
                case "stats" ->
                    quality.measured(
                            who,
                            id,
                            new LinkQuality(decimal(m, "lossPercent"), decimal(m, "jitterMs"), decimal(m, "rttMs")));
                case "leave" -> {
                    media.disconnect(who, id);
                    c.calls().remove(id);
                }
                default ->
                    throw new InvalidInputException(
                            "type",
                            "type is offer, video-offer, video-subscribe, video-start, watch, chat, stats or leave");
            }
        } catch (DomainException e) {
            c.send(error(
                    call, type, status(e), e instanceof InvalidInputException i ? i.field() : null, e.getMessage()));
        } catch (EJBException e) {
            LOG.warning("phone request failed: " + e.getCausedByException());
            c.send(error(call, type, 502, null, "the media server failed: " + rootMessage(e)));
        }
    }

    private static JsonObjectBuilder message(String type, long call) {
        return JSON.createObjectBuilder().add("type", type).add("call", call);
    }

    /**
     * Staff join as agents unless they ask to supervise; a supervisor must have started listening
     * through the API first (which checks the role and writes the audit line).
     */
    private static Participant as(PhoneConnection c, JsonObject m) {
        Participant who = c.participant();
        if (who.kind() != ChatMessage.From.CUSTOMER && "supervisor".equals(m.getString("as", null))) {
            return new Participant(who.tenantId(), ChatMessage.From.SUPERVISOR, who.name());
        }
        return who;
    }

    private static JsonObject parse(String text) {
        if (JsonNesting.depth(text.getBytes(StandardCharsets.UTF_8), JsonBodyGate.MAX_DEPTH) > JsonBodyGate.MAX_DEPTH) {
            throw new InvalidInputException(
                    "message", "a phone message nests at most " + JsonBodyGate.MAX_DEPTH + " levels");
        }
        try {
            return JSON.createReader(new StringReader(text)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("message", "a phone message is a JSON object");
        }
    }

    private static long callOf(JsonObject m) {
        if (!(m.get("call") instanceof JsonNumber n)) {
            throw new InvalidInputException("call", "call is the call's id");
        }
        return n.longValue();
    }

    private static double decimal(JsonObject m, String field) {
        if (!(m.get(field) instanceof JsonNumber n)) {
            throw new InvalidInputException(field, field + " is a number");
        }
        return n.doubleValue();
    }

    private static String required(JsonObject m, String field) {
        String value = m.getString(field, "");
        if (value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    private static int status(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        return 400;
    }

    /** An error names the request it answers ({@code about}), so the page knows which step failed. */
    private static String error(Long call, String about, int status, String field, String message) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", "error")
                .add("status", status)
                .add("message", message);
        if (about != null) {
            json.add("about", about);
        }
        if (call != null) {
            json.add("call", call);
        }
        if (field != null) {
            json.add("field", field);
        }
        return json.build().toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

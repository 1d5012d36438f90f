package dev.callisto.web.phone;

import dev.callisto.application.media.CallChat;
import dev.callisto.application.media.CallMedia;
import dev.callisto.application.media.Participant;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.media.ChatMessage;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.logging.Logger;

/**
 * The phone's signalling messages, the same for customers and staff. In: {@code offer} (SDP with
 * its candidates; {@code "as":"supervisor"} to listen or barge), {@code watch} (follow a call's
 * events and chat, e.g. after a reconnect; answers with the transcript so far), {@code chat},
 * {@code leave}. Out: {@code answer}, {@code transcript}, {@code chat}, {@code call} (a call
 * event), {@code error} (with an HTTP-like status and the field at fault).
 */
@ApplicationScoped
public class PhoneSignals {

    private static final Logger LOG = Logger.getLogger(PhoneSignals.class.getName());

    @Inject
    private CallMedia media;

    @Inject
    private CallChat chat;

    void handle(PhoneConnection c, String text) {
        Long call = null;
        try {
            JsonObject m = parse(text);
            call = callOf(m);
            Participant who = as(c, m);
            switch (m.getString("type", "")) {
                case "offer" -> {
                    String answer = media.connect(who, call, required(m, "sdp"));
                    c.calls().add(call);
                    c.send(Json.createObjectBuilder()
                            .add("type", "answer")
                            .add("call", call)
                            .add("sdp", answer)
                            .build()
                            .toString());
                }
                case "watch" -> {
                    JsonArrayBuilder messages = Json.createArrayBuilder();
                    chat.transcript(who, call).forEach(msg -> messages.add(PhoneSessions.chatJson(msg)));
                    c.calls().add(call);
                    c.send(Json.createObjectBuilder()
                            .add("type", "transcript")
                            .add("call", call)
                            .add("messages", messages)
                            .build()
                            .toString());
                }
                case "chat" -> {
                    c.calls().add(call);
                    chat.post(who, call, m.getString("text", null), null);
                }
                case "leave" -> {
                    media.disconnect(who, call);
                    c.calls().remove(call);
                }
                default -> throw new InvalidInputException("type", "type is offer, watch, chat or leave");
            }
        } catch (DomainException e) {
            c.send(error(call, status(e), e instanceof InvalidInputException i ? i.field() : null, e.getMessage()));
        } catch (EJBException e) {
            LOG.warning("phone request failed: " + e.getCausedByException());
            c.send(error(call, 502, null, "the media server failed: " + rootMessage(e)));
        }
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
        try {
            return Json.createReader(new StringReader(text)).readObject();
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

    private static String error(Long call, int status, String field, String message) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "error")
                .add("status", status)
                .add("message", message);
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

package dev.callisto.events;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@link CallEvent} with JSON-P, field by field. Call events are most of the traffic and
 * every call-record batch and the media follower read them: JSON-B's reflective record binding
 * was a tenth of the event pipeline's CPU (benchmark), this a fraction of it. The form is the one
 * JSON-B writes; a unit test reads back what {@link EventJson#write} wrote, so the two cannot drift.
 */
final class CallEventReader {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private CallEventReader() {}

    /** @throws MalformedEventException if the text is not JSON or a field is missing or of the wrong kind */
    static CallEvent read(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return read(reader.readObject());
        } catch (JsonException | ClassCastException e) {
            throw new MalformedEventException("not a valid CallEvent: " + e);
        }
    }

    /** The call event of fields already parsed (by {@link EventEnvelope#parse}, for one). */
    static CallEvent read(JsonObject o) {
        try {
            return new CallEvent(
                    text(o, "eventId"),
                    text(o, "type"),
                    o.getJsonNumber("tenantId").longValueExact(),
                    OccurredAt.parse(o.getString("occurredAt")),
                    o.getJsonNumber("callId").longValueExact(),
                    text(o, "status"),
                    text(o, "direction"),
                    text(o, "channel"),
                    text(o, "customer"),
                    number(o, "skillGroupId"),
                    number(o, "agentId"),
                    text(o, "detail"),
                    o.get("summary") instanceof JsonObject s ? summary(s) : (CallEvent.Summary) absent(o, "summary"),
                    number(o, "seconds"),
                    o.get("sequence") instanceof JsonNumber n ? n.intValueExact() : (Integer) absent(o, "sequence"));
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | DateTimeParseException e) {
            throw new MalformedEventException("not a valid CallEvent: " + e);
        }
    }

    private static CallEvent.Summary summary(JsonObject s) {
        return new CallEvent.Summary(
                text(s, "result"),
                text(s, "hungUpBy"),
                s.getJsonNumber("queueSeconds").longValueExact(),
                s.getJsonNumber("ringSeconds").longValueExact(),
                s.getJsonNumber("talkSeconds").longValueExact(),
                s.getJsonNumber("holdSeconds").longValueExact(),
                s.getJsonNumber("sessionSeconds").longValueExact(),
                s.get("satisfaction") instanceof JsonNumber n ? n.intValueExact() : (Integer) absent(s, "satisfaction"),
                decimal(s, "customerMos"),
                decimal(s, "agentMos"),
                decimal(s, "lowestMos"));
    }

    /** A string field, or null when absent or null (JSON-B leaves null fields out). */
    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : (String) absent(o, name);
    }

    private static Long number(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.longValueExact() : (Long) absent(o, name);
    }

    private static Double decimal(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.doubleValue() : (Double) absent(o, name);
    }

    /** Null for an absent or null field; a field of another kind is refused (as JSON-B would). */
    private static Object absent(JsonObject o, String name) {
        if (o.containsKey(name) && !o.isNull(name)) {
            throw new MalformedEventException("not a valid CallEvent: " + name + " is of the wrong kind");
        }
        return null;
    }
}

package dev.callisto.events;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The fields every event shares, read from its JSON without knowing its type, so generic
 * consumers (the event log, which hands call events on to the call records) handle types added
 * after them.
 *
 * @param agentId the agent the event is about, when it is about one
 * @param json the event as it came
 * @param fields the event's JSON, parsed
 */
public record EventEnvelope(
        String eventId,
        String type,
        int version,
        long tenantId,
        Instant occurredAt,
        Long agentId,
        String json,
        JsonObject fields) {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    /** @throws MalformedEventException if a shared field is missing or of the wrong kind */
    public static EventEnvelope parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty event");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Long agentId = o.containsKey("agentId") && !o.isNull("agentId")
                    ? o.getJsonNumber("agentId").longValue()
                    : null;
            return new EventEnvelope(
                    o.getString("eventId"),
                    o.getString("type"),
                    o.getInt("version"),
                    o.getJsonNumber("tenantId").longValueExact(),
                    OccurredAt.parse(o.getString("occurredAt")),
                    agentId,
                    json,
                    o);
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | DateTimeParseException e) {
            throw new MalformedEventException("not a Callisto event: " + e);
        }
    }

    /**
     * This event read as a call event from the fields already parsed (a consumer of every event
     * reads the envelope first; parsing the text again cost a few per cent of its CPU).
     *
     * @throws MalformedEventException if it is not a valid call event
     */
    public CallEvent callEvent() {
        return CallEventReader.read(fields);
    }
}

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
 * consumers (the event log, later call records and monitoring) handle types added after them.
 *
 * @param agentId the agent the event is about, when it is about one
 */
public record EventEnvelope(
        String eventId, String type, int version, long tenantId, Instant occurredAt, Long agentId, String json) {

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
                    Instant.parse(o.getString("occurredAt")),
                    agentId,
                    json);
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | DateTimeParseException e) {
            throw new MalformedEventException("not a Callisto event: " + e);
        }
    }
}

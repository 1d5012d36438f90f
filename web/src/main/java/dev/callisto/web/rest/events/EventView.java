package dev.callisto.web.rest.events;

import dev.callisto.domain.eventlog.EventLogEntry;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;

/** A logged event with its original JSON as {@code event}. */
public record EventView(
        String eventId,
        String type,
        int version,
        Long agentId,
        Instant occurredAt,
        Instant recordedAt,
        JsonObject event) {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    static EventView of(EventLogEntry e) {
        try (var reader = JSON.createReader(new StringReader(e.payload()))) {
            return new EventView(
                    e.eventId(),
                    e.type(),
                    e.version(),
                    e.agentId(),
                    e.occurredAt(),
                    e.recordedAt(),
                    reader.readObject());
        }
    }
}

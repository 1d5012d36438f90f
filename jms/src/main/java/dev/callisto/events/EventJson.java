package dev.callisto.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** The one JSON form of events on the wire; producers and consumers share it so they cannot drift. */
public final class EventJson {

    // Jsonb instances are thread-safe and costly to build: one per class loader is enough.
    private static final Jsonb JSONB = JsonbBuilder.create();

    private EventJson() {}

    public static String write(CallistoEvent event) {
        return JSONB.toJson(event);
    }

    /**
     * Reads an event of a known type.
     *
     * @throws MalformedEventException if the text is not valid JSON for that type
     */
    public static <T extends CallistoEvent> T read(String json, Class<T> type) {
        try {
            T event = type == CallEvent.class ? type.cast(CallEventReader.read(json)) : JSONB.fromJson(json, type);
            if (event == null || event.eventId() == null || event.occurredAt() == null) {
                throw new MalformedEventException("event lacks eventId or occurredAt");
            }
            return event;
        } catch (JsonbException e) {
            throw new MalformedEventException("not a valid " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}

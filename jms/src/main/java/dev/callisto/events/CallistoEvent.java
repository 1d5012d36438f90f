package dev.callisto.events;

import java.time.Instant;

/**
 * What every event on the events topic has in common. Each event type is a record with a stable
 * {@link #type()} name and a {@link #version()} that grows when its JSON shape changes
 * incompatibly; consumers must ignore fields they do not know.
 */
public interface CallistoEvent {

    /** Globally unique; consumers use it to process each event at most once. */
    String eventId();

    long tenantId();

    Instant occurredAt();

    String type();

    int version();
}

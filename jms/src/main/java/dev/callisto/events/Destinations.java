package dev.callisto.events;

/** JNDI names of the messaging destinations, configured by wildfly-config/src/main/cli/20-messaging.cli. */
public final class Destinations {

    /** Persistent topic carrying every agent and call event; each consumer has its own durable subscription. */
    public static final String EVENTS_TOPIC = "java:/jms/callisto/events";

    /** Where Artemis moves an event that a consumer failed to process after the bounded redeliveries. */
    public static final String DEAD_LETTER_QUEUE = "java:/jms/callisto/events.DLQ";

    private Destinations() {}
}

package dev.callisto.events;

/**
 * JMS message properties every Callisto event carries beside its JSON body, so that consumers can
 * route and select (for example by tenant) without parsing the body.
 */
public final class EventHeaders {
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_VERSION = "eventVersion";
    public static final String TENANT_ID = "tenantId";

    private EventHeaders() {}
}

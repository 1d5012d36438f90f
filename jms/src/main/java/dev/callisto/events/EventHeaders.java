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

    /**
     * The JMS message group: Artemis delivers a group's messages to one reader of a shared
     * subscription at a time, in order, so the call-record readers never wait for each other's
     * locks on a call's record. Calls are hashed into {@value #CALL_GROUPS} groups, which keeps
     * the broker's group-to-reader map bounded (WildFly has no setting for Artemis' group buckets).
     */
    public static final String GROUP = "JMSXGroupID";

    public static final int CALL_GROUPS = 64;

    /** The group of a call's events; other events are in none (any reader, any order). */
    public static String callGroup(long callId) {
        return "call-" + Math.floorMod(callId, CALL_GROUPS);
    }

    private EventHeaders() {}
}

package dev.callisto.events;

import jakarta.jms.JMSProducer;

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
     * subscription at a time, in order, so the readers of the events subscription never wait for
     * each other's locks on a call's record. Calls are hashed into {@value #CALL_GROUPS} groups, which keeps
     * the broker's group-to-reader map bounded (WildFly has no setting for Artemis' group buckets).
     */
    public static final String GROUP = "JMSXGroupID";

    public static final int CALL_GROUPS = 64;

    /** The group of a call's events; other events are in none (any reader, any order). */
    public static String callGroup(long callId) {
        return "call-" + Math.floorMod(callId, CALL_GROUPS);
    }

    /**
     * Puts on a message the headers its event carries, call events in their call's group; the
     * server's publisher and the benchmark's share this, so they cannot differ.
     */
    public static JMSProducer stamp(JMSProducer producer, CallistoEvent event) {
        if (event instanceof CallEvent call) {
            producer.setProperty(GROUP, callGroup(call.callId()));
        }
        return producer.setProperty(EVENT_ID, event.eventId())
                .setProperty(EVENT_TYPE, event.type())
                .setProperty(EVENT_VERSION, event.version())
                .setProperty(TENANT_ID, event.tenantId());
    }

    private EventHeaders() {}
}

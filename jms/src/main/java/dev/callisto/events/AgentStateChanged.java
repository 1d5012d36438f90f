package dev.callisto.events;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * An agent moved from one state to another (type {@value #TYPE}, version {@value #VERSION}).
 *
 * @param from state before, e.g. {@code IDLE}; {@code SIGNED_OUT} when signing in
 * @param to state after
 * @param breakReason code of the break reason when {@code to} is {@code BREAK}, otherwise null
 * @param secondsInPreviousState how long the agent was in {@code from}
 * @param cause what caused it: {@code agent}, {@code supervisor}, {@code admin} or {@code system}
 */
@JsonbPropertyOrder({"eventId", "type", "version", "tenantId", "occurredAt"})
public record AgentStateChanged(
        String eventId,
        long tenantId,
        Instant occurredAt,
        long agentId,
        String agentLogin,
        String from,
        String to,
        String breakReason,
        long secondsInPreviousState,
        String cause)
        implements CallistoEvent {

    public static final String TYPE = "agent.state-changed";
    public static final int VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int version() {
        return VERSION;
    }

    // Yasson serialises a record's components and its other public methods under their own names.
    @JsonbProperty("type")
    public String getType() {
        return TYPE;
    }

    @JsonbProperty("version")
    public int getVersion() {
        return VERSION;
    }
}

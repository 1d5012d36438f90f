package dev.callisto.events;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A tenant's SIP trunk went up or down (version {@value #VERSION}), as the SIP edge's checks see
 * it: {@code type} is {@link #UP} or {@link #DOWN}.
 *
 * @param detail why: the carrier's answer, or what went unanswered
 */
@JsonbPropertyOrder({"eventId", "type", "version", "tenantId", "occurredAt"})
public record TrunkEvent(
        String eventId, String type, long tenantId, Instant occurredAt, long trunkId, String name, String detail)
        implements CallistoEvent {

    public static final String UP = "trunk.up";
    public static final String DOWN = "trunk.down";
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @JsonbProperty("version")
    public int getVersion() {
        return VERSION;
    }
}

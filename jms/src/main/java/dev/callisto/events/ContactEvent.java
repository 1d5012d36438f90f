package dev.callisto.events;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A step of a contact through routing (version {@value #VERSION}); {@code type} is one of the
 * constants below.
 *
 * @param agentId the agent offered, answering or missing the contact; null for queue-only steps
 * @param detail free text: the routing decision's reason, the overflow target, who hung up
 */
@JsonbPropertyOrder({"eventId", "type", "version", "tenantId", "occurredAt"})
public record ContactEvent(
        String eventId,
        String type,
        long tenantId,
        Instant occurredAt,
        long contactId,
        long skillGroupId,
        Long agentId,
        String kind,
        int priority,
        String detail)
        implements CallistoEvent {

    public static final String QUEUED = "contact.queued";
    public static final String OFFERED = "contact.offered";
    public static final String OFFER_TIMED_OUT = "contact.offer-timed-out";
    public static final String OFFER_REJECTED = "contact.offer-rejected";
    public static final String OFFER_WITHDRAWN = "contact.offer-withdrawn";
    public static final String ACCEPTED = "contact.accepted";
    public static final String ABANDONED = "contact.abandoned";
    public static final String OVERFLOWED = "contact.overflowed";
    public static final String TIMED_OUT = "contact.timed-out";
    public static final String COMPLETED = "contact.completed";
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    // Yasson serialises a record's components and its other public methods under their own names.
    @JsonbProperty("version")
    public int getVersion() {
        return VERSION;
    }
}

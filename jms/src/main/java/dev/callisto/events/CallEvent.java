package dev.callisto.events;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A step in a call's life (version {@value #VERSION}): {@code type} is {@code call.} followed by
 * the step, e.g. {@code call.answered}. The call record is built from these events alone.
 *
 * @param status the call's status after the step
 * @param agentId the agent the step concerns, if any
 * @param detail words for the trajectory: the routing decision, the transfer target, the key pressed
 * @param summary only on {@code call.ended}: outcome and durations
 * @param seconds only on {@code call.after-call-work-ended}: how long the agent spent on it
 * @param sequence the step's number within its call (1, 2, ...): orders steps with equal times
 */
@JsonbPropertyOrder({"eventId", "type", "version", "tenantId", "occurredAt"})
public record CallEvent(
        String eventId,
        String type,
        long tenantId,
        Instant occurredAt,
        long callId,
        String status,
        String direction,
        String channel,
        String customer,
        Long skillGroupId,
        Long agentId,
        String detail,
        Summary summary,
        Long seconds,
        Integer sequence)
        implements CallistoEvent {

    public static final String PREFIX = "call.";
    public static final String ENDED = "call.ended";
    public static final String AFTER_CALL_WORK_ENDED = "call.after-call-work-ended";
    public static final int VERSION = 1;

    /**
     * Outcome and durations in seconds of an ended call, and how its media sounded: the mean
     * estimated MOS of the customer's leg and of the agents' legs, and the lowest any leg had
     * (null where no leg reported its link).
     */
    public record Summary(
            String result,
            String hungUpBy,
            long queueSeconds,
            long ringSeconds,
            long talkSeconds,
            long holdSeconds,
            long sessionSeconds,
            Integer satisfaction,
            Double customerMos,
            Double agentMos,
            Double lowestMos) {}

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

package dev.callisto.web.rest.callrecord;

import dev.callisto.domain.callrecord.CallRecord;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A call record; the trajectory (every step in time order) only when one record is asked for. */
public record CallRecordView(
        long callId,
        String customer,
        String channel,
        String direction,
        List<Long> agentIds,
        Long skillGroupId,
        Instant arrivedAt,
        Instant ivrEndedAt,
        Instant queuedAt,
        Instant offeredAt,
        Instant answeredAt,
        Instant endedAt,
        String result,
        String hungUpBy,
        long ivrSeconds,
        String ivrKeys,
        long queueSeconds,
        long ringSeconds,
        long talkSeconds,
        long holdSeconds,
        long afterCallWorkSeconds,
        long sessionSeconds,
        Integer satisfaction,
        Double customerMos,
        Double agentMos,
        Double lowestMos,
        Instant calledBackAt,
        JsonObject wrapUp,
        JsonArray trajectory) {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    public static CallRecordView of(CallRecord r, boolean withTrajectory) {
        List<Long> agents = Arrays.stream(r.agentIds().split(","))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
        JsonObject wrapUp = null;
        if (r.wrapUp() != null) {
            try (var reader = JSON.createReader(new StringReader(r.wrapUp()))) {
                wrapUp = reader.readObject();
            }
        }
        JsonArray trajectory = null;
        if (withTrajectory) {
            try (var reader = JSON.createReader(new StringReader(r.trajectory()))) {
                trajectory = reader.readArray();
            }
        }
        return new CallRecordView(
                r.callId(),
                r.customer(),
                r.channel(),
                r.direction(),
                agents,
                r.skillGroupId(),
                r.arrivedAt(),
                r.ivrEndedAt(),
                r.queuedAt(),
                r.offeredAt(),
                r.answeredAt(),
                r.endedAt(),
                r.result(),
                r.hungUpBy(),
                r.ivrSeconds(),
                r.ivrKeys(),
                r.queueSeconds(),
                r.ringSeconds(),
                r.talkSeconds(),
                r.holdSeconds(),
                r.afterCallWorkSeconds(),
                r.sessionSeconds(),
                r.satisfaction(),
                r.customerMos(),
                r.agentMos(),
                r.lowestMos(),
                r.calledBackAt(),
                wrapUp,
                trajectory);
    }
}

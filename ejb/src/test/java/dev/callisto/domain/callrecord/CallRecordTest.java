package dev.callisto.domain.callrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallRecordTest {

    private static jakarta.json.JsonObject step(String at, int seq, String name) {
        return Json.createObjectBuilder()
                .add("at", at)
                .add("seq", seq)
                .add("step", name)
                .build();
    }

    private static List<String> steps(CallRecord r) {
        try (var reader = Json.createReader(new StringReader(r.trajectory()))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(o -> o.getString("step"))
                    .toList();
        }
    }

    @Test
    void trajectoryIsInStepOrderWhateverOrderEventsArriveIn() {
        CallRecord r = new CallRecord(1, 1);
        r.addSteps(List.of(step("2026-11-22T10:00:01.5Z", 4, "queued")));
        r.addSteps(List.of(
                step("2026-11-22T10:00:01.5Z", 3, "transferred"), step("2026-11-22T10:00:01.123456Z", 2, "resumed")));
        r.addSteps(List.of(step("2026-11-22T10:00:00Z", 1, "arrived")));
        assertEquals(List.of("arrived", "resumed", "transferred", "queued"), steps(r));
    }

    @Test
    void earliestTimesWinSoLateDuplicatesCannotMoveThem() {
        CallRecord r = new CallRecord(1, 1);
        r.answered(7, Instant.parse("2026-11-22T10:00:05Z"));
        r.answered(8, Instant.parse("2026-11-22T10:00:09Z"));
        assertEquals(Instant.parse("2026-11-22T10:00:05Z"), r.answeredAt());
    }
}

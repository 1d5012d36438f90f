package dev.callisto.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingClockTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private static final Path FILE = Path.of("x");

    @Test
    void nothingIsRecordedBeforeTheAnswer() {
        RecordingClock clock = new RecordingClock();
        clock.published("customer", T0);
        assertTrue(clock.mix(FILE, Duration.ofSeconds(30)).isEmpty());
        assertTrue(clock.camera("customer", FILE, T0.plusSeconds(30)).isEmpty());
    }

    @Test
    void aCameraPublishedInTheIvrCountsFromTheAnswerAndOneThatJoinsLateFromItsPublishing() {
        RecordingClock clock = new RecordingClock();
        clock.published("customer", T0); // in the IVR
        assertTrue(clock.start(T0.plusSeconds(20))); // answered
        assertFalse(clock.start(T0.plusSeconds(25)), "once");
        clock.published("agent-1", T0.plusSeconds(30));
        var customer = clock.camera("customer", FILE, T0.plusSeconds(60)).orElseThrow();
        assertEquals(T0.plusSeconds(20), customer.startedAt());
        assertEquals(Duration.ofSeconds(40), customer.length());
        var agent = clock.camera("agent-1", FILE, T0.plusSeconds(60)).orElseThrow();
        assertEquals(T0.plusSeconds(30), agent.startedAt());
        assertEquals(Duration.ofSeconds(30), agent.length());
        assertEquals(
                T0.plusSeconds(20),
                clock.mix(FILE, Duration.ofSeconds(40)).orElseThrow().startedAt());
    }

    @Test
    void aCameraThatLeavesStopsThere() {
        RecordingClock clock = new RecordingClock();
        clock.start(T0);
        clock.published("customer", T0.plusSeconds(5));
        clock.left("customer", T0.plusSeconds(15));
        clock.left("customer", T0.plusSeconds(50));
        assertEquals(
                Duration.ofSeconds(10),
                clock.camera("customer", FILE, T0.plusSeconds(60)).orElseThrow().length());
    }
}

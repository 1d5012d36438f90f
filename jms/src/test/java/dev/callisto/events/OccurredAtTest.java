package dev.callisto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OccurredAtTest {

    @Test
    void readsWhatInstantWritesAsInstantReadsIt() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(
                    random.nextLong(-62_135_596_800L, 253_402_300_799L), // years 0001 to 9999
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertEquals(t, OccurredAt.parse(t.toString()), t.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-22T10:00:00Z",
                "2026-11-22T10:00:00.1Z",
                "2026-11-22T10:00:00.12Z",
                "2026-11-22T10:00:00.1234Z",
                "2026-11-22T10:00:00.12345678Z",
                "2024-02-29T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z",
                "+12026-11-22T10:00:00Z",
                "2026-12-31T23:59:60Z",
                "2026-11-22T24:00:00Z",
                "2026-11-22T10:00:00.Z"
            })
    void agreesWithInstantOnEveryWrittenForm(String text) {
        assertEquals(Instant.parse(text), OccurredAt.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2026-11-22",
                "2026-11-22T10:00:00",
                "2026-11-22T10:00:00.1234567890Z",
                "2026-02-30T10:00:00Z",
                "2025-02-29T10:00:00Z",
                "2026-13-01T10:00:00Z",
                "2026-00-01T10:00:00Z",
                "2026-11-22T10:60:00Z",
                "2026-11-22T10:00:61Z",
                "2026-11-22T1a:00:00Z",
                "2026-11-22 10:00:00Z",
                "2026-11-22T10:00:00+01:00x",
                "2026-11-22T10:00:00.-1Z"
            })
    void refusesWhatInstantRefuses(String text) {
        assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        assertThrows(DateTimeParseException.class, () -> OccurredAt.parse(text));
    }
}

package dev.callisto.domain.ivr;

import static dev.callisto.domain.ivr.BusinessHours.Status.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.callisto.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private final BusinessHours hours = BusinessHours.parse(
            """
            {"zone":"Asia/Shanghai",
             "weekly":{"MON":[["09:00","12:00"],["13:00","18:00"]],"TUE":[["09:00","18:00"]],"SAT":[]},
             "holidays":["2026-11-24"],
             "special":{"2026-11-28":[["10:00","16:00"]]}}""");

    /** Shanghai is UTC+8. */
    private static Instant local(String dateTime) {
        return Instant.parse(dateTime + "Z").minusSeconds(8 * 3600);
    }

    @Test
    void weekdayHoursInTheTenantsZone() {
        assertEquals(OPEN, hours.at(local("2026-11-23T09:00:00")), "Monday 09:00");
        assertEquals(CLOSED, hours.at(local("2026-11-23T12:30:00")), "Monday lunch");
        assertEquals(CLOSED, hours.at(local("2026-11-23T18:00:00")), "the end is exclusive");
        assertEquals(CLOSED, hours.at(local("2026-11-26T10:00:00")), "Thursday has no hours");
    }

    @Test
    void aHolidayOverridesTheWeekdayAndASpecialDayOverridesTheWeekend() {
        assertEquals(HOLIDAY, hours.at(local("2026-11-24T10:00:00")), "a Tuesday holiday");
        assertEquals(OPEN, hours.at(local("2026-11-28T10:00:00")), "a working Saturday");
        assertEquals(CLOSED, hours.at(local("2026-11-28T16:30:00")));
        assertEquals(CLOSED, hours.at(local("2026-11-21T10:00:00")), "an ordinary Saturday");
    }

    @Test
    void badHoursNameWhatIsWrong() {
        assertEquals(
                "hours.zone",
                assertThrows(InvalidInputException.class, () -> BusinessHours.parse("{\"zone\":\"Mars/Base\"}"))
                        .field());
        assertEquals(
                "hours.weekly.XYZ",
                assertThrows(InvalidInputException.class, () -> BusinessHours.parse("{\"weekly\":{\"XYZ\":[]}}"))
                        .field());
        assertEquals(
                "hours.weekly.MON",
                assertThrows(
                                InvalidInputException.class,
                                () -> BusinessHours.parse("{\"weekly\":{\"MON\":[[\"18:00\",\"09:00\"]]}}"))
                        .field());
        assertEquals(
                "hours.holidays",
                assertThrows(InvalidInputException.class, () -> BusinessHours.parse("{\"holidays\":[\"soon\"]}"))
                        .field());
    }
}

package dev.callisto.domain.ivr;

import dev.callisto.domain.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a tenant answers: opening hours per weekday in the tenant's time zone, holidays (closed,
 * the holiday IVR runs) and special days with their own hours (a working Saturday), which
 * override the weekday. Read from JSON such as
 * {@code {"zone":"Asia/Shanghai","weekly":{"MON":[["09:00","18:00"]]},
 * "holidays":["2026-10-01"],"special":{"2026-09-27":[["09:00","18:00"]]}}}.
 */
public final class BusinessHours {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    public enum Status {
        OPEN,
        CLOSED,
        HOLIDAY
    }

    private record Span(LocalTime from, LocalTime to) {
        boolean contains(LocalTime t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    private static final Set<String> FIELDS = Set.of("zone", "weekly", "holidays", "special");

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Span>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<Span>> special = new HashMap<>();
    private final List<LocalDate> holidays = new ArrayList<>();

    private BusinessHours(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @throws InvalidInputException naming the part of the JSON that is wrong
     */
    public static BusinessHours parse(String json) {
        JsonObject o;
        try {
            o = JSON.createReader(new StringReader(json)).readObject();
        } catch (RuntimeException e) {
            throw new InvalidInputException("hours", "business hours must be a JSON object");
        }
        for (String key : o.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new InvalidInputException(
                        "hours." + key, "business hours have only zone, weekly, holidays and special");
            }
        }
        BusinessHours hours;
        try {
            hours = new BusinessHours(ZoneId.of(o.getString("zone", "UTC")));
        } catch (DateTimeException | ClassCastException e) {
            throw new InvalidInputException("hours.zone", "unknown time zone " + o.get("zone"));
        }
        JsonObject weekly = member(o, "weekly", JsonValue.ValueType.OBJECT);
        if (weekly != null) {
            for (String day : weekly.keySet()) {
                hours.weekly.put(day(day), spans("hours.weekly." + day, weekly.get(day)));
            }
        }
        JsonObject special = member(o, "special", JsonValue.ValueType.OBJECT);
        if (special != null) {
            for (String date : special.keySet()) {
                hours.special.put(
                        date("hours.special." + date, date), spans("hours.special." + date, special.get(date)));
            }
        }
        JsonArray holidays = member(o, "holidays", JsonValue.ValueType.ARRAY);
        if (holidays != null) {
            for (JsonValue h : holidays) {
                String text = h.getValueType() == JsonValue.ValueType.STRING
                        ? h.toString().replace("\"", "")
                        : "";
                hours.holidays.add(date("hours.holidays", text));
            }
        }
        return hours;
    }

    /** The member {@code key} if it is there, of the given kind; refused naming it otherwise. */
    @SuppressWarnings("unchecked")
    private static <T extends JsonValue> T member(JsonObject o, String key, JsonValue.ValueType kind) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != kind) {
            throw new InvalidInputException(
                    "hours." + key, key + " must be a JSON " + kind.name().toLowerCase(Locale.ROOT));
        }
        return (T) value;
    }

    public Status at(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        List<Span> spans = special.get(date);
        if (spans == null && holidays.contains(date)) {
            return Status.HOLIDAY;
        }
        if (spans == null) {
            spans = weekly.getOrDefault(local.getDayOfWeek(), List.of());
        }
        LocalTime time = local.toLocalTime();
        return spans.stream().anyMatch(s -> s.contains(time)) ? Status.OPEN : Status.CLOSED;
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(name.toUpperCase(Locale.ROOT)) && name.length() >= 3) {
                return d;
            }
        }
        throw new InvalidInputException("hours.weekly." + name, "weekdays are MON, TUE, WED, THU, FRI, SAT, SUN");
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "dates look like 2026-10-01, not '" + text + "'");
        }
    }

    private static List<Span> spans(String field, JsonValue value) {
        List<Span> spans = new ArrayList<>();
        try {
            for (JsonValue pair : value.asJsonArray()) {
                JsonArray p = pair.asJsonArray();
                LocalTime from = LocalTime.parse(p.getString(0));
                LocalTime to = p.getString(1).equals("24:00") ? LocalTime.MAX : LocalTime.parse(p.getString(1));
                if (!from.isBefore(to)) {
                    throw new InvalidInputException(field, "a span must end after it starts: " + p);
                }
                spans.add(new Span(from, to));
            }
        } catch (ClassCastException | IndexOutOfBoundsException | DateTimeException e) {
            throw new InvalidInputException(field, "hours are a list of [\"09:00\",\"18:00\"] pairs");
        }
        return spans;
    }
}

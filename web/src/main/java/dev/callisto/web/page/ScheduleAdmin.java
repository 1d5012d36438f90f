package dev.callisto.web.page;

import dev.callisto.application.ivr.Schedules;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.ivr.Schedule;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin console's business hours and holidays: a schedule (which IVR flows name) as opening
 * hours per weekday ("09:00-12:00, 13:00-18:00", empty for closed), holidays (one date per line)
 * and special days with their own hours ("2026-09-27 09:00-18:00"), written to the schedule's JSON.
 */
@Named
@ViewScoped
public class ScheduleAdmin implements Serializable {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private static final Pattern SPAN = Pattern.compile("\\d{2}:\\d{2}-\\d{2}:\\d{2}");

    @Inject
    private transient Schedules schedules;

    @NotBlank
    private String name;

    @NotBlank
    private String zone = "Asia/Shanghai";

    private final Map<String, String> days = new LinkedHashMap<>();

    private String holidays;

    private String special;

    public List<Schedule> getSchedules() {
        return schedules.list();
    }

    public List<String> getDayNames() {
        return DAYS;
    }

    /** Fills the form with a saved schedule, to change it. */
    public void edit(Schedule schedule) {
        JsonObject hours = JSON.createReader(new StringReader(schedule.hours())).readObject();
        name = schedule.name();
        zone = hours.getString("zone", "UTC");
        days.clear();
        JsonObject weekly = hours.getJsonObject("weekly");
        DAYS.forEach(d -> days.put(d, weekly == null || !weekly.containsKey(d) ? "" : spans(weekly.get(d))));
        holidays = hours.containsKey("holidays")
                ? String.join("\n", hours.getJsonArray("holidays").getValuesAs(JsonString::getString))
                : "";
        JsonObject specialDays = hours.getJsonObject("special");
        special = specialDays == null
                ? ""
                : specialDays.keySet().stream()
                        .map(date -> date + " " + spans(specialDays.get(date)))
                        .collect(Collectors.joining("\n"));
    }

    public void save() {
        try {
            schedules.put(name, hoursJson().toString());
            FormMessages.saved("Schedule " + name + " saved");
        } catch (InvalidInputException e) {
            // The domain names a part of the JSON (hours.weekly.MON); the form has a field per part.
            String field = e.field().replaceFirst("^hours\\.(weekly\\.)?", "").replaceFirst("\\..*$", "");
            FormMessages.showAt("tabs:scheduleForm", field, e.getMessage());
        } catch (DomainException e) {
            FormMessages.show("tabs:scheduleForm", e, "name");
        }
    }

    private JsonObject hoursJson() {
        JsonObjectBuilder weekly = JSON.createObjectBuilder();
        for (String day : DAYS) {
            String text = days.getOrDefault(day, "");
            if (!text.isBlank()) {
                weekly.add(day, pairs(day, text));
            }
        }
        JsonArrayBuilder holidayList = JSON.createArrayBuilder();
        lines(holidays).forEach(holidayList::add);
        JsonObjectBuilder specialDays = JSON.createObjectBuilder();
        for (String line : lines(special)) {
            String[] dateAndHours = line.split("\\s+", 2);
            specialDays.add(dateAndHours[0], pairs("special", dateAndHours.length > 1 ? dateAndHours[1] : ""));
        }
        return JSON.createObjectBuilder()
                .add("zone", zone)
                .add("weekly", weekly)
                .add("holidays", holidayList)
                .add("special", specialDays)
                .build();
    }

    /** "09:00-12:00, 13:00-18:00" as [["09:00","12:00"],["13:00","18:00"]], or a refusal naming the field. */
    private static JsonArrayBuilder pairs(String field, String text) {
        JsonArrayBuilder pairs = JSON.createArrayBuilder();
        for (String span : text.split(",")) {
            String s = span.strip();
            if (!SPAN.matcher(s).matches()) {
                throw new InvalidInputException(
                        "hours." + field, "write hours as 09:00-18:00, several separated by commas, not '" + s + "'");
            }
            String[] ends = s.split("-");
            pairs.add(JSON.createArrayBuilder().add(ends[0]).add(ends[1]));
        }
        return pairs;
    }

    private static String spans(JsonValue pairs) {
        return pairs.asJsonArray().stream()
                .map(p -> p.asJsonArray().getString(0) + "-" + p.asJsonArray().getString(1))
                .collect(Collectors.joining(", "));
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\n,]"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Map<String, String> getDays() {
        return days;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public String getSpecial() {
        return special;
    }

    public void setSpecial(String special) {
        this.special = special;
    }
}

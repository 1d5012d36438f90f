package dev.callisto.web.rest.ivr;

import dev.callisto.application.Roles;
import dev.callisto.application.ivr.Schedules;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.ivr.Schedule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.List;

/** Business hours and holidays by name, e.g. {"zone":"Asia/Shanghai","weekly":{"MON":[["09:00","18:00"]]},"holidays":["2026-10-01"]}. */
@Path("/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ScheduleResource {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    private Schedules schedules;

    public record ScheduleView(String name, JsonObject hours) {
        static ScheduleView of(Schedule s) {
            try (var reader = JSON.createReader(new StringReader(s.hours()))) {
                return new ScheduleView(s.name(), reader.readObject());
            }
        }
    }

    @GET
    public List<ScheduleView> list() {
        return schedules.list().stream().map(ScheduleView::of).toList();
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    public ScheduleView put(@PathParam("name") String name, String body) {
        return ScheduleView.of(schedules.put(name, hoursOf(name, body == null ? "" : body)));
    }

    /** The hours themselves, or the shape GET answers ({@code {"name":…,"hours":{…}}}) sent back. */
    private static String hoursOf(String name, String body) {
        JsonObject o;
        try (var reader = JSON.createReader(new StringReader(body))) {
            o = reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidInputException("hours", "business hours must be a JSON object");
        }
        if (!(o.get("hours") instanceof JsonObject hours)) {
            return body;
        }
        if (o.containsKey("name") && !JSON.createValue(name).equals(o.get("name"))) {
            throw new InvalidInputException("name", "the name in the body must be the one in the path, " + name);
        }
        for (String key : o.keySet()) {
            if (!key.equals("name") && !key.equals("hours")) {
                throw new InvalidInputException(key, "a schedule has only name and hours");
            }
        }
        return hours.toString();
    }
}

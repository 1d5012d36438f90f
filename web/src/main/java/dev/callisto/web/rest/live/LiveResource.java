package dev.callisto.web.rest.live;

import dev.callisto.application.Roles;
import dev.callisto.application.live.LiveSnapshot;
import dev.callisto.application.live.LiveThresholds;
import dev.callisto.application.live.TodayTrends;
import dev.callisto.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * {@code GET /live}: the monitoring counters of the tenant (calls by phase, agents by state and
 * break reason, supervisors on calls), their breakdown per skill group, and the signed-in agents
 * with their current call. The pages read it when the live feed tells them something changed.
 */
@Path("/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class LiveResource {

    @Inject
    private LiveSnapshot snapshot;

    @Inject
    private TodayTrends trends;

    @Inject
    private LiveThresholds thresholds;

    @GET
    public LiveSnapshot.Snapshot now() {
        return snapshot.now();
    }

    /** Today's calls per hour, answered vs abandoned, service level, average wait and handle time. */
    @GET
    @Path("/today")
    public TodayTrends.Trends today(
            @QueryParam("zone") @DefaultValue("UTC") String zone,
            @QueryParam("serviceLevelSeconds") @DefaultValue("20") int serviceLevelSeconds) {
        ZoneId id;
        try {
            id = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "zone is a time zone such as Asia/Shanghai");
        }
        if (serviceLevelSeconds < 1 || serviceLevelSeconds > 3600) {
            throw new InvalidInputException("serviceLevelSeconds", "between 1 and 3600 seconds");
        }
        return trends.today(id, serviceLevelSeconds);
    }

    /** The alert thresholds of the viewer's roles: {role: {metric: limit}}. */
    @GET
    @Path("/thresholds")
    public JsonObject thresholds() {
        return thresholds.mine();
    }

    /** Admins set each role's card: up to four metrics and the limit over which each turns red. */
    @PUT
    @Path("/thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public JsonObject changeThresholds(String json) {
        return thresholds.change(json);
    }
}

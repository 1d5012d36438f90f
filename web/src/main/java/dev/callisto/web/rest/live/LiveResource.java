package dev.callisto.web.rest.live;

import dev.callisto.application.Roles;
import dev.callisto.application.live.LiveSnapshot;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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

    @GET
    public LiveSnapshot.Snapshot now() {
        return snapshot.now();
    }
}

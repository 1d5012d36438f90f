package dev.callisto.web.rest.events;

import dev.callisto.application.DeadLetterService;
import dev.callisto.application.DeadLetterService.DeadLetter;
import dev.callisto.application.EventLogService;
import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.web.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What happened, newest first, and what could not be processed. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class EventLogResource {

    @Inject
    private EventLogService eventLog;

    @Inject
    private DeadLetterService deadLetters;

    @GET
    @Path("events")
    public Page<EventView> events(
            @QueryParam("type") String type,
            @QueryParam("agentId") String agentId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return eventLog.list(
                        type,
                        QueryParams.optionalLong("agentId", agentId),
                        QueryParams.integer("page", page, 0),
                        QueryParams.integer("size", size, 20))
                .map(EventView::of);
    }

    /** Events that exhausted their redeliveries, for admins to inspect. */
    @GET
    @Path("dead-letters")
    @RolesAllowed(Roles.ADMIN)
    public List<DeadLetter> deadLetters(@QueryParam("limit") String limit) {
        return deadLetters.list(Math.max(1, Math.min(500, QueryParams.integer("limit", limit, 100))));
    }
}

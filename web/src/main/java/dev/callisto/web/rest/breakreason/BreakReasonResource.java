package dev.callisto.web.rest.breakreason;

import dev.callisto.application.BreakReasonService;
import dev.callisto.application.Roles;
import dev.callisto.domain.agent.BreakReason;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The tenant's break reasons. */
@Path("/break-reasons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BreakReasonResource {

    @Inject
    private BreakReasonService reasons;

    @Inject
    private RequestValidator validator;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<BreakReasonView> list() {
        return reasons.list().stream().map(BreakReasonView::of).toList();
    }

    @POST
    public Response create(BreakReasonForm form, @Context UriInfo uri) {
        validator.valid(form);
        BreakReason reason = reasons.create(form.code(), form.label());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(reason.id()))
                        .build())
                .entity(BreakReasonView.of(reason))
                .build();
    }

    /** Relabels or retires a reason; its code stays, because past breaks refer to it. */
    @PUT
    @Path("/{id}")
    public BreakReasonView update(@PathParam("id") long id, BreakReasonForm form) {
        validator.valid(form);
        return BreakReasonView.of(reasons.update(id, form.label(), form.active() == null || form.active()));
    }
}

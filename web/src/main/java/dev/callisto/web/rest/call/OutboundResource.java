package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.CallService;
import dev.callisto.application.call.OutboundService;
import dev.callisto.domain.call.Call;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.StandIn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Outbound calls: dialling, calling back a missed call, click to call, and the network's answer. */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class OutboundResource {

    @Inject
    private OutboundService outbound;

    @Inject
    private CallService calls;

    @Inject
    private RequestValidator validator;

    @POST
    @Path("/outbound")
    @RolesAllowed(Roles.AGENT)
    public Response dial(CallForms.Dial form) {
        validator.valid(form);
        return created(outbound.dial(form.number()));
    }

    /** For a CRM: start a call from an agent's phone to a number. */
    @POST
    @Path("/click-to-call")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response clickToCall(CallForms.ClickToCall form) {
        validator.valid(form);
        return created(outbound.clickToCall(form.agentId(), form.number()));
    }

    @POST
    @Path("/{id}/callback")
    @RolesAllowed(Roles.AGENT)
    public Response callBack(@PathParam("id") long id) {
        return created(outbound.callBack(id));
    }

    @POST
    @Path("/{id}/connected")
    @StandIn
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CallView connected(@PathParam("id") long id) {
        outbound.connected(id);
        return view(id);
    }

    @POST
    @Path("/{id}/failed")
    @StandIn
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CallView failed(@PathParam("id") long id) {
        outbound.failed(id);
        return view(id);
    }

    private Response created(Call call) {
        return Response.status(Response.Status.CREATED).entity(view(call.id())).build();
    }

    private CallView view(long id) {
        return CallView.of(calls.history(id));
    }
}

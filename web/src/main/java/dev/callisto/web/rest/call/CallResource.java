package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.BlacklistService;
import dev.callisto.application.call.CallService;
import dev.callisto.domain.call.Call;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.StandIn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Inbound calls and the agent's call controls. */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CallResource {

    @Inject
    private CallService calls;

    @Inject
    private BlacklistService blacklist;

    @Inject
    private RequestValidator validator;

    /** A customer's call arrives (the entry the IVR and the customer page will use). */
    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response arrive(CallForms.Arrival form, @Context UriInfo uri) {
        validator.valid(form);
        Call call = calls.arrive(form.channel(), form.customer(), form.skillGroupId(), form.flow());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(call.id()))
                        .build())
                .entity(view(call.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    public CallView get(@PathParam("id") long id) {
        return view(id);
    }

    @POST
    @Path("/{id}/answer")
    public CallView answer(@PathParam("id") long id) {
        calls.answer(id);
        return view(id);
    }

    @POST
    @Path("/{id}/reject")
    public CallView reject(@PathParam("id") long id) {
        calls.reject(id);
        return view(id);
    }

    @POST
    @Path("/{id}/hold")
    public CallView hold(@PathParam("id") long id) {
        calls.hold(id, true);
        return view(id);
    }

    @POST
    @Path("/{id}/resume")
    public CallView resume(@PathParam("id") long id) {
        calls.hold(id, false);
        return view(id);
    }

    @POST
    @Path("/{id}/mute")
    public CallView mute(@PathParam("id") long id) {
        calls.mute(id, true);
        return view(id);
    }

    @POST
    @Path("/{id}/unmute")
    public CallView unmute(@PathParam("id") long id) {
        calls.mute(id, false);
        return view(id);
    }

    @POST
    @Path("/{id}/transfer")
    public CallView transfer(@PathParam("id") long id, CallForms.Transfer form) {
        validator.valid(form);
        calls.transfer(id, form.skillGroupId(), form.agentId());
        return view(id);
    }

    @POST
    @Path("/{id}/survey")
    public CallView survey(@PathParam("id") long id) {
        calls.toSurvey(id);
        return view(id);
    }

    @POST
    @Path("/{id}/hangup")
    public CallView hangUp(@PathParam("id") long id) {
        calls.hangUp(id);
        return view(id);
    }

    /** The customer hangs up (reported by the customer's side). */
    @POST
    @Path("/{id}/customer-hangup")
    @StandIn
    @RolesAllowed(Roles.SUPERVISOR) // it ends an agent's call, as force release does
    public CallView customerHangsUp(@PathParam("id") long id) {
        calls.customerHangsUp(id);
        return view(id);
    }

    /** The customer's satisfaction score, 1 to 5, given in the survey. */
    @POST
    @Path("/{id}/rating")
    @StandIn
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CallView rate(@PathParam("id") long id, CallForms.Rating form) {
        validator.valid(form);
        calls.rate(id, form.score());
        return view(id);
    }

    /** Puts the caller of this call on the blacklist in one step. */
    @POST
    @Path("/{id}/blacklist")
    public Response blacklistCaller(@PathParam("id") long id, CallForms.Blacklist form) {
        validator.valid(form);
        Call call = calls.get(id);
        blacklist.add(call.customer(), form.reason(), null);
        return Response.status(Response.Status.CREATED).entity(view(id)).build();
    }

    private CallView view(long id) {
        return CallView.of(calls.history(id));
    }
}

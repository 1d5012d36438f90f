package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.CallService;
import dev.callisto.application.call.ConsultService;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Consulting a colleague on a call, then transferring, conferencing or going back. */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class ConsultResource {

    @Inject
    private ConsultService consult;

    @Inject
    private CallService calls;

    @Inject
    private RequestValidator validator;

    @POST
    @Path("/{id}/consult")
    public CallView start(@PathParam("id") long id, CallForms.Consult form) {
        validator.valid(form);
        consult.consult(id, form.agentId());
        return view(id);
    }

    @POST
    @Path("/{id}/consult/answer")
    public CallView answer(@PathParam("id") long id) {
        consult.answer(id);
        return view(id);
    }

    @POST
    @Path("/{id}/consult/transfer")
    public CallView transfer(@PathParam("id") long id) {
        consult.completeTransfer(id);
        return view(id);
    }

    @POST
    @Path("/{id}/consult/conference")
    public CallView conference(@PathParam("id") long id) {
        consult.conference(id);
        return view(id);
    }

    @POST
    @Path("/{id}/consult/end")
    public CallView end(@PathParam("id") long id) {
        consult.end(id);
        return view(id);
    }

    private CallView view(long id) {
        return CallView.of(calls.history(id));
    }
}

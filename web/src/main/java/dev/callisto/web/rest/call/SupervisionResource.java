package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.CallService;
import dev.callisto.application.call.SupervisionService;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A supervisor listens, whispers, barges in on, or ends a live call. */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
public class SupervisionResource {

    @Inject
    private SupervisionService supervision;

    @Inject
    private CallService calls;

    @Inject
    private RequestValidator validator;

    /** {@code mode}: SUPERVISOR_LISTEN, SUPERVISOR_WHISPER or SUPERVISOR_BARGE. */
    @POST
    @Path("/{id}/monitor")
    public CallView monitor(@PathParam("id") long id, CallForms.Monitor form) {
        validator.valid(form);
        if (!form.mode().isSupervisor()) {
            throw new dev.callisto.domain.InvalidInputException("mode", "a supervisor listens, whispers or barges in");
        }
        supervision.monitor(id, form.mode());
        return view(id);
    }

    @DELETE
    @Path("/{id}/monitor")
    public CallView stop(@PathParam("id") long id) {
        supervision.stop(id);
        return view(id);
    }

    @POST
    @Path("/{id}/force-release")
    public CallView forceRelease(@PathParam("id") long id) {
        supervision.forceRelease(id);
        return view(id);
    }

    private CallView view(long id) {
        return CallView.of(calls.history(id));
    }
}

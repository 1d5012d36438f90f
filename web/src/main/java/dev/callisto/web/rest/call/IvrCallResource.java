package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.CallService;
import dev.callisto.application.ivr.IvrStatus;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** A call in the IVR: the caller's keys, and the menu they are in (the visual IVR's buttons). */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class IvrCallResource {

    @Inject
    private CallService calls;

    @Inject
    private RequestValidator validator;

    public record OptionView(String key, String label) {}

    /** {@code menu} is null once the caller has left the IVR. */
    public record IvrView(
            List<String> keys, List<String> path, List<String> prompts, MenuView menu, Instant waitingUntil) {
        static IvrView of(IvrStatus s) {
            return new IvrView(
                    s.visit().state().keys(),
                    s.visit().state().path(),
                    s.visit().lastPrompts(),
                    s.waiting() == null ? null : MenuView.of(s),
                    s.visit().waitingUntil());
        }
    }

    /** {@code digits}: enter digits ended by #; {@code secret}: a PIN, not shown or recorded. */
    public record MenuView(String node, boolean digits, boolean secret, List<OptionView> options) {
        static MenuView of(IvrStatus s) {
            return new MenuView(
                    s.waiting().node(),
                    s.waiting().digits(),
                    s.waiting().secret(),
                    s.waiting().options().stream()
                            .map(o -> new OptionView(o.key(), o.label()))
                            .toList());
        }
    }

    @GET
    @Path("/{id}/ivr")
    public IvrView ivr(@PathParam("id") long id) {
        return IvrView.of(calls.ivr(id));
    }

    /** The caller's input (reported by the customer's side): a key, digits ended by #, or "timeout". */
    @POST
    @Path("/{id}/ivr/keys")
    @StandIn
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public IvrView press(@PathParam("id") long id, CallForms.Keys form) {
        validator.valid(form);
        calls.press(id, form.keys());
        return IvrView.of(calls.ivr(id));
    }
}

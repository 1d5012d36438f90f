package dev.callisto.web.rest.visitor;

import dev.callisto.application.ivr.PromptLibrary;
import dev.callisto.application.visitor.VisitorCalls;
import dev.callisto.application.visitor.VisitorCalls.CallState;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.call.CallForms;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The customer's own call from the page: start it into the tenant's IVR, the visual IVR (the menu
 * as buttons, the prompts as audio), the queue position, hang up. Media joins in the media issue.
 */
@Path("/visitor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class VisitorCallResource {

    @Inject
    private VisitorCalls calls;

    @Inject
    private PromptLibrary prompts;

    @Inject
    private VisitorAuth auth;

    @Inject
    private RequestValidator validator;

    public record StartForm(@NotBlank @Size(max = 40) String flow, @Size(max = 20) String channel) {}

    public record KeysForm(@NotBlank @Size(max = 40) String keys) {}

    public record OptionView(String key, String label) {}

    /** {@code menu} is the IVR node waiting for the caller, with buttons for a menu; null elsewhere. */
    public record MenuView(String node, boolean digits, boolean secret, List<OptionView> options) {}

    public record CallView(
            long id, String status, List<String> prompts, MenuView menu, Integer position, Long estimatedWaitSeconds) {
        static CallView of(CallState s) {
            MenuView menu = s.ivr() == null || s.ivr().waiting() == null
                    ? null
                    : new MenuView(
                            s.ivr().waiting().node(),
                            s.ivr().waiting().digits(),
                            s.ivr().waiting().secret(),
                            s.ivr().waiting().options().stream()
                                    .map(o -> new OptionView(o.key(), o.label()))
                                    .toList());
            return new CallView(
                    s.call().id(),
                    s.call().status().name(),
                    s.ivr() == null ? List.of() : s.ivr().visit().lastPrompts(),
                    menu,
                    s.position().isPresent() ? s.position().getAsInt() : null,
                    s.position().isPresent() ? s.estimatedWaitSeconds() : null);
        }
    }

    @POST
    @Path("/calls")
    public Response start(@HeaderParam(VisitorAuth.HEADER) String token, StartForm form) {
        var visitor = auth.verify(token);
        validator.valid(form);
        long id = calls.start(visitor, form.channel(), form.flow()).id();
        return Response.status(Response.Status.CREATED)
                .entity(CallView.of(calls.state(visitor, id)))
                .build();
    }

    @GET
    @Path("/calls/{id}")
    public CallView get(@HeaderParam(VisitorAuth.HEADER) String token, @PathParam("id") long id) {
        return CallView.of(calls.state(auth.verify(token), id));
    }

    /** A button of the visual IVR (or typed digits ended by #). */
    @POST
    @Path("/calls/{id}/keys")
    public CallView press(@HeaderParam(VisitorAuth.HEADER) String token, @PathParam("id") long id, KeysForm form) {
        var visitor = auth.verify(token);
        validator.valid(form);
        calls.press(visitor, id, form.keys());
        return CallView.of(calls.state(visitor, id));
    }

    @POST
    @Path("/calls/{id}/hangup")
    public CallView hangUp(@HeaderParam(VisitorAuth.HEADER) String token, @PathParam("id") long id) {
        var visitor = auth.verify(token);
        calls.hangUp(visitor, id);
        return CallView.of(calls.state(visitor, id));
    }

    /** The customer rates the call (1 to 5) when the agent has sent them to the survey. */
    @POST
    @Path("/calls/{id}/rating")
    public CallView rate(
            @HeaderParam(VisitorAuth.HEADER) String token, @PathParam("id") long id, CallForms.Rating form) {
        var visitor = auth.verify(token);
        validator.valid(form);
        calls.rate(visitor, id, form.score());
        return CallView.of(calls.state(visitor, id));
    }

    /** A prompt's audio, so voice prompts play beside the buttons; the token comes as a parameter for audio elements. */
    @GET
    @Path("/prompts/audio")
    @Produces("audio/wav")
    public Response audio(@QueryParam("token") String token, @QueryParam("ref") String ref) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("ref", "name the prompt");
        }
        return Response.ok(prompts.audioForCaller(auth.verify(token), ref), "audio/wav")
                .build();
    }
}

package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.CallService;
import dev.callisto.application.call.VerificationService;
import dev.callisto.application.call.WrapUpService;
import dev.callisto.domain.call.WrapUpField;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.StandIn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** After and around the talking: the agent's wrap-up of a call, and the PIN verification segment. */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class WrapUpResource {

    @Inject
    private WrapUpService wrapUps;

    @Inject
    private VerificationService verification;

    @Inject
    private CallService calls;

    @Inject
    private RequestValidator validator;

    public record WrapUpForm(
            @Size(max = 20) List<@Size(max = 40) String> tags,
            @Size(max = 1000) String notes,
            Map<String, String> summary) {}

    public record FieldForm(
            @NotBlank
                    @Size(max = 40)
                    @Pattern(regexp = "[a-z0-9_-]+", message = "lower-case letters, digits, _ and - only")
                    String key,
            @NotBlank @Size(max = 80) String label,
            @NotNull WrapUpField.Type type,
            @Size(max = 50) List<@Size(max = 40) String> choices,
            Boolean required) {}

    public record FieldView(String key, String label, WrapUpField.Type type, List<String> choices, boolean required) {
        static FieldView of(WrapUpField f) {
            return new FieldView(f.key(), f.label(), f.type(), f.choices(), f.required());
        }
    }

    public record PinForm(@NotBlank @Pattern(regexp = "[0-9]{4,8}", message = "4 to 8 digits") String pin) {}

    @POST
    @Path("/{id}/wrap-up")
    @RolesAllowed(Roles.AGENT)
    public CallView wrapUp(@PathParam("id") long id, WrapUpForm form) {
        validator.valid(form);
        wrapUps.wrapUp(id, form.tags(), form.notes(), form.summary());
        return CallView.of(calls.history(id));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.AGENT)
    public CallView startVerification(@PathParam("id") long id) {
        verification.start(id);
        return CallView.of(calls.history(id));
    }

    /** The PIN the customer keyed in; the answer carries only whether it was right. */
    @POST
    @Path("/{id}/verification/pin")
    @StandIn
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CallView submitPin(@PathParam("id") long id, PinForm form) {
        validator.valid(form);
        verification.submit(id, form.pin());
        return CallView.of(calls.history(id));
    }
}

package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.VerificationService;
import dev.callisto.application.call.WrapUpService;
import dev.callisto.domain.call.WrapUpField;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.call.WrapUpResource.FieldForm;
import dev.callisto.web.rest.call.WrapUpResource.FieldView;
import dev.callisto.web.rest.call.WrapUpResource.PinForm;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The tenant's wrap-up summary fields and customers' verification PINs. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CallSettingsResource {

    @Inject
    private WrapUpService wrapUps;

    @Inject
    private VerificationService verification;

    @Inject
    private RequestValidator validator;

    @GET
    @Path("wrap-up-fields")
    public List<FieldView> fields() {
        return wrapUps.fields().stream().map(FieldView::of).toList();
    }

    @POST
    @Path("wrap-up-fields")
    @RolesAllowed(Roles.ADMIN)
    public Response define(FieldForm form) {
        validator.valid(form);
        WrapUpField field = wrapUps.define(
                form.key(), form.label(), form.type(), form.choices(), Boolean.TRUE.equals(form.required()));
        return Response.status(Response.Status.CREATED)
                .entity(FieldView.of(field))
                .build();
    }

    @PUT
    @Path("verification-pins/{customer}")
    @RolesAllowed(Roles.ADMIN)
    public Response setPin(@PathParam("customer") String customer, PinForm form) {
        validator.valid(form);
        verification.setPin(customer, form.pin());
        return Response.noContent().build();
    }
}

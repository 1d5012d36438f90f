package dev.callisto.web.rest.phone;

import dev.callisto.application.Roles;
import dev.callisto.application.phone.TrunkService;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The tenant's SIP trunks (with calls in progress) and the service numbers they carry. Admins only. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class TrunkResource {

    @Inject
    private TrunkService trunks;

    @Inject
    private RequestValidator validator;

    @GET
    @Path("trunks")
    public List<TrunkView> list() {
        return trunks.trunks().stream().map(TrunkView::of).toList();
    }

    @POST
    @Path("trunks")
    public Response create(TrunkForm form, @Context UriInfo uri) {
        validator.valid(form);
        TrunkView view = TrunkView.of(trunks.create(form.setup()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("trunks/{id}")
    public TrunkView get(@PathParam("id") long id) {
        return TrunkView.of(trunks.trunk(id));
    }

    @PUT
    @Path("trunks/{id}")
    public TrunkView update(@PathParam("id") long id, TrunkForm form) {
        validator.valid(form);
        return TrunkView.of(trunks.update(id, form.setup()));
    }

    @DELETE
    @Path("trunks/{id}")
    public Response delete(@PathParam("id") long id) {
        trunks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("numbers")
    public List<NumberView> numbers() {
        return trunks.numbers().stream().map(NumberView::of).toList();
    }

    @POST
    @Path("numbers")
    public Response addNumber(NumberForm form, @Context UriInfo uri) {
        validator.valid(form);
        NumberView view =
                NumberView.of(trunks.addNumber(form.number(), form.trunkId(), form.flow(), form.skillGroupId()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @DELETE
    @Path("numbers/{id}")
    public Response deleteNumber(@PathParam("id") long id) {
        trunks.deleteNumber(id);
        return Response.noContent().build();
    }
}

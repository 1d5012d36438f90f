package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.BlacklistService;
import dev.callisto.domain.call.BlacklistEntry;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** The tenant's blacklist of numbers and visitor ids. */
@Path("/blacklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class BlacklistResource {

    @Inject
    private BlacklistService blacklist;

    @Inject
    private RequestValidator validator;

    /** {@code expiresAt} is optional (ISO-8601); without it the entry never expires. */
    public record EntryForm(
            @NotBlank @Size(max = 80) String caller, @Size(max = 200) String reason, Instant expiresAt) {}

    public record EntryView(
            long id,
            String caller,
            String reason,
            Instant expiresAt,
            long refusals,
            Instant createdAt,
            String createdBy) {
        static EntryView of(BlacklistEntry b) {
            return new EntryView(
                    b.id(), b.caller(), b.reason(), b.expiresAt(), b.refusals(), b.createdAt(), b.createdBy());
        }
    }

    @GET
    public List<EntryView> list() {
        return blacklist.list().stream().map(EntryView::of).toList();
    }

    @POST
    public Response add(EntryForm form) {
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(EntryView.of(blacklist.add(form.caller(), form.reason(), form.expiresAt())))
                .build();
    }

    @PUT
    @Path("/{id}")
    public EntryView change(@PathParam("id") long id, EntryForm form) {
        validator.valid(form);
        return EntryView.of(blacklist.change(id, form.reason(), form.expiresAt()));
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") long id) {
        blacklist.remove(id);
        return Response.noContent().build();
    }
}

package dev.callisto.web.rest.contact;

import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.application.routing.ContactService;
import dev.callisto.application.routing.Router;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.web.rest.QueryParams;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.OptionalInt;

/** Contacts in routing: queue one, follow it, and the offered agent's answer. */
@Path("/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class ContactResource {

    @Inject
    private ContactService contacts;

    @Inject
    private Router router;

    @Inject
    private RequestValidator validator;

    /** Queues a contact; the answer already says whether it was offered, or its place and wait. */
    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response enqueue(ContactForm form, @Context UriInfo uri) {
        validator.valid(form);
        Contact queued = contacts.enqueue(
                form.skillGroupId(), form.kind(), form.priority() == null ? 0 : form.priority(), form.customer());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(queued.id()))
                        .build())
                .entity(view(contacts.get(queued.id()), false))
                .build();
    }

    /** Filter by {@code status}, {@code skillGroupId}, {@code agentId}; agents see only their own. */
    @GET
    public Page<ContactView> list(
            @QueryParam("status") String status,
            @QueryParam("skillGroupId") String groupId,
            @QueryParam("agentId") String agentId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return contacts.list(
                        QueryParams.optionalEnum("status", status, ContactStatus.class),
                        QueryParams.optionalLong("skillGroupId", groupId),
                        QueryParams.optionalLong("agentId", agentId),
                        QueryParams.integer("page", page, 0),
                        QueryParams.integer("size", size, 20))
                .map(c -> view(c, false));
    }

    @GET
    @Path("/{id}")
    public ContactView get(@PathParam("id") long id) {
        return view(contacts.get(id), true);
    }

    @POST
    @Path("/{id}/accept")
    public ContactView accept(@PathParam("id") long id) {
        return view(contacts.accept(id), false);
    }

    @POST
    @Path("/{id}/reject")
    public ContactView reject(@PathParam("id") long id) {
        return view(contacts.reject(id), false);
    }

    /** The customer hung up before being answered. */
    @POST
    @Path("/{id}/abandon")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ContactView abandon(@PathParam("id") long id) {
        return view(contacts.abandon(id), false);
    }

    @POST
    @Path("/{id}/complete")
    public ContactView complete(@PathParam("id") long id) {
        return view(contacts.complete(id), false);
    }

    private ContactView view(Contact c, boolean withTrace) {
        OptionalInt position = c.status() == ContactStatus.WAITING ? router.position(c.id()) : OptionalInt.empty();
        return ContactView.of(
                c,
                position.isPresent() ? position.getAsInt() : null,
                position.isPresent() ? router.estimatedWaitSeconds(c.id()) : null,
                withTrace ? contacts.steps(c.id()) : null);
    }
}

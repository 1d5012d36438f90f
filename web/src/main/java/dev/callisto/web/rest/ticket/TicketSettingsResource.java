package dev.callisto.web.rest.ticket;

import dev.callisto.application.Roles;
import dev.callisto.application.ticket.TicketSettings;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.ticket.TicketForms.PolicyForm;
import dev.callisto.web.rest.ticket.TicketForms.TemplateForm;
import dev.callisto.web.rest.ticket.TicketForms.TypeForm;
import dev.callisto.web.rest.ticket.TicketViews.TemplateView;
import dev.callisto.web.rest.ticket.TicketViews.TypeView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tenant's ticket setup: types and their fields and SLA, message templates, who may close. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class TicketSettingsResource {

    @Inject
    private TicketSettings settings;

    @Inject
    private RequestValidator validator;

    @GET
    @Path("/ticket-types")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<TypeView> types() {
        return settings.types().stream().map(TypeView::of).toList();
    }

    @GET
    @Path("/ticket-types/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public TypeView type(@PathParam("id") long id) {
        return TypeView.of(settings.type(id));
    }

    @POST
    @Path("/ticket-types")
    public Response addType(TypeForm form) {
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(TypeView.of(settings.addType(form.name(), form.definitions(), form.slaOrNull())))
                .build();
    }

    @PUT
    @Path("/ticket-types/{id}")
    public TypeView changeType(@PathParam("id") long id, TypeForm form) {
        validator.valid(form);
        return TypeView.of(settings.changeType(id, form.name(), form.definitions(), form.slaOrNull()));
    }

    @GET
    @Path("/message-templates")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<TemplateView> templates(@QueryParam("channel") String channel) {
        return settings.templates(channel).stream().map(TemplateView::of).toList();
    }

    @POST
    @Path("/message-templates")
    public Response addTemplate(TemplateForm form) {
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(TemplateView.of(
                        settings.addTemplate(form.channel(), form.name(), form.hint(), form.ticketTypeId())))
                .build();
    }

    @PUT
    @Path("/message-templates/{id}")
    public TemplateView changeTemplate(@PathParam("id") long id, TemplateForm form) {
        validator.valid(form);
        return TemplateView.of(
                settings.changeTemplate(id, form.channel(), form.name(), form.hint(), form.ticketTypeId()));
    }

    @DELETE
    @Path("/message-templates/{id}")
    public Response removeTemplate(@PathParam("id") long id) {
        settings.removeTemplate(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/ticket-policy")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Map<String, Set<String>> policy() {
        return Map.of("closingRoles", settings.closingRoles());
    }

    /** Grants closing tickets to exactly the roles listed. */
    @PUT
    @Path("/ticket-policy")
    public Map<String, Set<String>> changePolicy(PolicyForm form) {
        validator.valid(form);
        return Map.of("closingRoles", settings.allowClosing(form.closingRoles()));
    }
}

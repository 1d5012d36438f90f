package dev.callisto.web.rest.skillgroup;

import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.application.SkillGroupService;
import dev.callisto.domain.routing.QueueRules;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.web.rest.QueryParams;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Skill groups and their members. */
@Path("/skill-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SkillGroupResource {

    @Inject
    private SkillGroupService groups;

    @Inject
    private RequestValidator validator;

    @GET
    public Page<SkillGroupView> list(
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return groups.list(q, QueryParams.integer("page", page, 0), QueryParams.integer("size", size, 20))
                .map(SkillGroupView::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(SkillGroupForm form, @Context UriInfo uri) {
        validator.valid(form);
        SkillGroup group = groups.create(form.name(), form.description(), form.afterCallWork(), form.purpose());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(group.id()))
                        .build())
                .entity(SkillGroupView.of(group))
                .build();
    }

    @GET
    @Path("/{id}")
    public SkillGroupView get(@PathParam("id") long id) {
        return SkillGroupView.of(groups.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public SkillGroupView update(@PathParam("id") long id, SkillGroupForm form) {
        validator.valid(form);
        return SkillGroupView.of(
                groups.update(id, form.name(), form.description(), form.afterCallWork(), form.purpose()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/routing")
    public QueueRules routing(@PathParam("id") long id) {
        return groups.get(id).rules();
    }

    /** Strategy, ring time, wait limits and overflow of the group's queue. */
    @PUT
    @Path("/{id}/routing")
    @RolesAllowed(Roles.ADMIN)
    public QueueRules changeRouting(@PathParam("id") long id, RoutingForm form) {
        validator.valid(form);
        return groups.changeRules(id, form.rules()).rules();
    }

    @GET
    @Path("/{id}/members")
    public List<MemberView> members(@PathParam("id") long id) {
        return groups.members(id).stream().map(MemberView::of).toList();
    }

    /** Adds the agent to the group at a level, or changes their level. */
    @PUT
    @Path("/{id}/members/{agentId}")
    @RolesAllowed(Roles.ADMIN)
    public MemberView putMember(@PathParam("id") long id, @PathParam("agentId") long agentId, MemberForm form) {
        validator.valid(form);
        return MemberView.of(groups.putMember(id, agentId, form.level()));
    }

    @DELETE
    @Path("/{id}/members/{agentId}")
    @RolesAllowed(Roles.ADMIN)
    public Response removeMember(@PathParam("id") long id, @PathParam("agentId") long agentId) {
        groups.removeMember(id, agentId);
        return Response.noContent().build();
    }
}

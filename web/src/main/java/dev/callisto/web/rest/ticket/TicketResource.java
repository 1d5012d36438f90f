package dev.callisto.web.rest.ticket;

import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.application.ticket.TicketExport;
import dev.callisto.application.ticket.TicketQuery;
import dev.callisto.application.ticket.TicketService;
import dev.callisto.application.ticket.TicketSettings;
import dev.callisto.application.ticket.TicketWorkflow;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketPriority;
import dev.callisto.domain.ticket.TicketStatus;
import dev.callisto.domain.ticket.TicketType;
import dev.callisto.web.rest.QueryParams;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.export.ExportStarter;
import dev.callisto.web.rest.ticket.TicketForms.AssignForm;
import dev.callisto.web.rest.ticket.TicketForms.FollowUpForm;
import dev.callisto.web.rest.ticket.TicketForms.StatusForm;
import dev.callisto.web.rest.ticket.TicketForms.TicketForm;
import dev.callisto.web.rest.ticket.TicketViews.TicketView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tickets for staff: open, search, "my tickets" with counts, edit, move, assign, follow up, export. */
@Path("/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class TicketResource {

    @Inject
    private TicketService tickets;

    @Inject
    private TicketWorkflow workflow;

    @Inject
    private TicketSettings settings;

    @Inject
    private ExportStarter exports;

    @Inject
    private RequestValidator validator;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    /** Filters: status, priority, typeId, agentId, skillGroupId, customer, callId, from, to, mine, overdue, reminders, sort. */
    @GET
    public Page<TicketView> search(@QueryParam("page") String page, @QueryParam("size") String size) {
        Page<Ticket> found =
                tickets.search(query(), QueryParams.integer("page", page, 0), QueryParams.integer("size", size, 20));
        Map<Long, TicketType> types =
                settings.types().stream().collect(Collectors.toMap(TicketType::id, Function.identity()));
        return found.map(t -> TicketView.of(t, types.get(t.typeId()), clock.instant(), false));
    }

    /** How many tickets the same filters find in each status: the counts over "my tickets". */
    @GET
    @Path("/counts")
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tickets.countByStatus(query()).forEach((status, n) -> counts.put(status.name(), n));
        return counts;
    }

    @POST
    public Response open(TicketForm form) {
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(view(tickets.open(form.draft())))
                .build();
    }

    @GET
    @Path("/{id}")
    public TicketView get(@PathParam("id") long id) {
        return view(tickets.get(id));
    }

    @PUT
    @Path("/{id}")
    public TicketView edit(@PathParam("id") long id, TicketForm form) {
        validator.valid(form);
        return view(tickets.edit(id, form.draft()));
    }

    @PUT
    @Path("/{id}/status")
    public TicketView move(@PathParam("id") long id, StatusForm form) {
        validator.valid(form);
        return view(workflow.moveTo(id, form.status()));
    }

    @PUT
    @Path("/{id}/assignee")
    public TicketView assign(@PathParam("id") long id, AssignForm form) {
        validator.valid(form);
        return view(workflow.assign(id, form.agentId(), form.skillGroupId()));
    }

    @PUT
    @Path("/{id}/follow-up")
    public TicketView followUp(@PathParam("id") long id, FollowUpForm form) {
        validator.valid(form);
        return view(workflow.remindAt(id, form.at()));
    }

    /** Starts exporting the same search ({@code format=csv|xlsx}); follow it under /exports. */
    @POST
    @Path("/exports")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response export(@QueryParam("format") String format) {
        return exports.start(new TicketExport(tickets, query()), format, uri);
    }

    private TicketView view(Ticket ticket) {
        return TicketView.of(ticket, tickets.typeOf(ticket), clock.instant(), true);
    }

    private TicketQuery query() {
        var q = uri.getQueryParameters();
        return new TicketQuery(
                QueryParams.optionalEnum("status", q.getFirst("status"), TicketStatus.class),
                QueryParams.optionalEnum("priority", q.getFirst("priority"), TicketPriority.class),
                QueryParams.optionalLong("typeId", q.getFirst("typeId")),
                QueryParams.optionalLong("agentId", q.getFirst("agentId")),
                QueryParams.optionalLong("skillGroupId", q.getFirst("skillGroupId")),
                q.getFirst("customer"),
                QueryParams.optionalLong("callId", q.getFirst("callId")),
                QueryParams.optionalInstant("from", q.getFirst("from")),
                QueryParams.optionalInstant("to", q.getFirst("to")),
                "true".equalsIgnoreCase(q.getFirst("mine")),
                "true".equalsIgnoreCase(q.getFirst("overdue")),
                "true".equalsIgnoreCase(q.getFirst("reminders")),
                q.getFirst("sort"));
    }
}

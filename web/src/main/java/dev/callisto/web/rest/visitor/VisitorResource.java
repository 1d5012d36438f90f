package dev.callisto.web.rest.visitor;

import dev.callisto.application.visitor.VisitorSessions;
import dev.callisto.application.visitor.VisitorTickets;
import dev.callisto.domain.tenant.VisitorToken;
import dev.callisto.domain.ticket.MessageTemplate;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketReply;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.ticket.TicketViews.FieldView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The customer page's API (web widget, H5 page, mini-program web-view). No staff login: each call
 * carries a signed visitor token in {@code X-Visitor-Token}, from {@code POST /visitor/session}
 * or minted by the tenant under /visitor-tokens. Staff names are not shown to customers.
 */
@Path("/visitor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class VisitorResource {

    static final String TOKEN = VisitorAuth.HEADER;

    @Inject
    private VisitorSessions sessions;

    @Inject
    private VisitorTickets tickets;

    @Inject
    private RequestValidator validator;

    @Inject
    private VisitorAuth auth;

    public record SessionForm(@NotBlank @Size(max = 40) String tenant, String token) {}

    public record SessionView(String token, String customer, Instant expiresAt) {}

    public record TemplateView(long id, String name, String hint, List<FieldView> fields) {}

    public record MessageForm(
            @NotNull Long templateId,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 4000) String message,
            Map<String, Object> fields) {}

    public record ReplyForm(@NotBlank @Size(max = 4000) String body) {}

    public record ReplyView(String from, String body, Instant at) {
        static ReplyView of(TicketReply r) {
            return new ReplyView(r.authorKind() == TicketReply.Author.CUSTOMER ? "you" : "support", r.body(), r.at());
        }
    }

    public record TicketView(
            long id,
            String subject,
            String message,
            String status,
            String channel,
            Instant createdAt,
            Instant updatedAt,
            List<ReplyView> replies) {
        static TicketView of(Ticket t, boolean withReplies) {
            return new TicketView(
                    t.id(),
                    t.subject(),
                    t.description(),
                    t.status().name(),
                    t.origin().channel(),
                    t.createdAt(),
                    t.updatedAt(),
                    withReplies
                            ? t.repliesForCustomer().stream().map(ReplyView::of).toList()
                            : null);
        }
    }

    /** Starts (or, with a still-valid token, continues) a visitor's session on a tenant's page. */
    @POST
    @Path("/session")
    public SessionView session(SessionForm form) {
        validator.valid(form);
        String token = sessions.start(form.tenant(), form.token());
        VisitorToken visitor = sessions.verify(token);
        return new SessionView(token, visitor.customer(), visitor.expiresAt());
    }

    @GET
    @Path("/message-templates")
    public List<TemplateView> templates(@HeaderParam(TOKEN) String token, @QueryParam("channel") String channel) {
        VisitorToken visitor = visitor(token);
        return tickets.templates(visitor, channel == null ? "WEB" : channel.toUpperCase()).stream()
                .map(m -> template(visitor, m))
                .toList();
    }

    /** Leaves a message: it becomes a ticket the customer can follow here. */
    @POST
    @Path("/tickets")
    public Response leaveMessage(@HeaderParam(TOKEN) String token, MessageForm form) {
        VisitorToken visitor = visitor(token);
        validator.valid(form);
        Ticket ticket = tickets.leaveMessage(visitor, form.templateId(), form.subject(), form.message(), form.fields());
        return Response.status(Response.Status.CREATED)
                .entity(TicketView.of(ticket, true))
                .build();
    }

    @GET
    @Path("/tickets")
    public List<TicketView> myTickets(@HeaderParam(TOKEN) String token) {
        return tickets.myTickets(visitor(token)).stream()
                .map(t -> TicketView.of(t, false))
                .toList();
    }

    /** One of the customer's tickets with the replies meant for them (never internal notes). */
    @GET
    @Path("/tickets/{id}")
    public TicketView ticket(@HeaderParam(TOKEN) String token, @PathParam("id") long id) {
        return TicketView.of(tickets.ticket(visitor(token), id), true);
    }

    @POST
    @Path("/tickets/{id}/replies")
    public Response reply(@HeaderParam(TOKEN) String token, @PathParam("id") long id, ReplyForm form) {
        VisitorToken visitor = visitor(token);
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(ReplyView.of(tickets.reply(visitor, id, form.body())))
                .build();
    }

    private TemplateView template(VisitorToken visitor, MessageTemplate m) {
        return new TemplateView(
                m.id(),
                m.name(),
                m.hint(),
                tickets.typeOf(visitor, m).fields().stream().map(FieldView::of).toList());
    }

    private VisitorToken visitor(String token) {
        return auth.verify(token);
    }
}

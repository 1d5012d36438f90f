package dev.callisto.web.rest.ticket;

import dev.callisto.application.Roles;
import dev.callisto.application.ticket.TicketConversation;
import dev.callisto.domain.ticket.TicketAttachment;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.ticket.TicketForms.ReplyForm;
import dev.callisto.web.rest.ticket.TicketViews.AttachmentView;
import dev.callisto.web.rest.ticket.TicketViews.ReplyView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A ticket's conversation for staff: notes and replies, and attached files. */
@Path("/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class TicketConversationResource {

    @Inject
    private TicketConversation conversation;

    @Inject
    private RequestValidator validator;

    /** An internal note, or with {@code visibleToCustomer} a reply the customer reads on their page. */
    @POST
    @Path("/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long id, ReplyForm form) {
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(ReplyView.of(conversation.reply(id, form.body(), form.visibleToCustomer())))
                .build();
    }

    @GET
    @Path("/{id}/attachments")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return conversation.attachments(id).stream().map(AttachmentView::of).toList();
    }

    /**
     * Uploads a file as the raw request body ({@code ?name=photo.png}); PNG, JPEG, GIF, PDF and
     * WAV up to 10 MB, recognised by content.
     */
    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(
            @PathParam("id") long id,
            @QueryParam("name") String name,
            @QueryParam("visibleToCustomer") String visible,
            InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(AttachmentView.of(conversation.attach(id, name, body, "true".equalsIgnoreCase(visible))))
                .build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        TicketAttachment a = conversation.attachment(id, attachmentId);
        return Response.ok(conversation.fileOf(a).toFile(), a.contentType())
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}

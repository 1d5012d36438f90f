package dev.callisto.web.rest.visitor;

import dev.callisto.application.media.CallChat;
import dev.callisto.application.media.Participant;
import dev.callisto.domain.media.ChatMessage;
import dev.callisto.domain.tenant.VisitorToken;
import dev.callisto.web.rest.media.ChatView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.io.InputStream;

/**
 * Images in the chat of the customer's own call: sent as the request body (the page reads the
 * file), shown by id; the token may come as a parameter, since an img element sends no headers.
 */
@Path("/visitor/calls/{id}/chat/images")
@RequestScoped
@PermitAll
public class VisitorChatResource {

    @Inject
    private CallChat chat;

    @Inject
    private VisitorAuth auth;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(@HeaderParam(VisitorAuth.HEADER) String token, @PathParam("id") long id, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(ChatView.of(chat.postImage(customer(auth.verify(token)), id, body)))
                .build();
    }

    @GET
    @Path("/{imageId}")
    @Produces(MediaType.WILDCARD)
    public Response image(
            @QueryParam("token") String token, @PathParam("id") long id, @PathParam("imageId") long imageId) {
        CallChat.Image image = chat.image(customer(auth.verify(token)), id, imageId);
        return Response.ok(image.file().toFile(), image.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    private static Participant customer(VisitorToken visitor) {
        return new Participant(visitor.tenantId(), ChatMessage.From.CUSTOMER, visitor.customer());
    }
}

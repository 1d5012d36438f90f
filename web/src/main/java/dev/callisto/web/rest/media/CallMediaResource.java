package dev.callisto.web.rest.media;

import dev.callisto.application.Roles;
import dev.callisto.application.media.CallChat;
import dev.callisto.application.media.Recordings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/** A call's recordings and chat (transcript, images), for its call record (same visibility as the call). */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CallMediaResource {

    @Inject
    private Recordings recordings;

    @Inject
    private CallChat chat;

    @GET
    @Path("/{id}/recordings")
    public List<RecordingView> recordings(@PathParam("id") long callId) {
        return recordings.ofCall(callId).stream().map(RecordingView::of).toList();
    }

    @GET
    @Path("/{id}/chat")
    public List<ChatView> transcript(@PathParam("id") long callId) {
        return chat.transcript(callId).stream().map(ChatView::of).toList();
    }

    /** Sends an image in the call's chat (the request body is the file: PNG, JPEG or GIF, up to 5 MB). */
    @POST
    @Path("/{id}/chat/images")
    @Consumes(MediaType.WILDCARD)
    public Response sendImage(@PathParam("id") long callId, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(ChatView.of(chat.postImage(chat.staff(), callId, body)))
                .build();
    }

    @GET
    @Path("/{id}/chat/images/{imageId}")
    @Produces(MediaType.WILDCARD)
    public Response image(@PathParam("id") long callId, @PathParam("imageId") long imageId) {
        CallChat.Image image = chat.image(callId, imageId);
        return Response.ok(image.file().toFile(), image.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}

package dev.callisto.web.rest.media;

import dev.callisto.application.Roles;
import dev.callisto.application.media.CallChat;
import dev.callisto.application.media.Recordings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A call's recordings and chat transcript, for its call record (same visibility as the call). */
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
}

package dev.callisto.web.rest.media;

import dev.callisto.application.Roles;
import dev.callisto.application.media.Recordings;
import dev.callisto.domain.media.Recording;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Recordings of calls: an agent reaches those of their own calls, supervisors and admins all of
 * the tenant's. Playback answers HTTP range requests (seeking in the player);
 * playback and download each leave an audit line.
 */
@Path("/recordings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class RecordingResource {

    @Inject
    private Recordings recordings;

    @GET
    @Path("/{id}")
    public RecordingView get(@PathParam("id") long id) {
        return RecordingView.of(recordings.recording(id));
    }

    @GET
    @Path("/{id}/audio")
    @Produces(MediaType.WILDCARD)
    public Response play(@PathParam("id") long id, @HeaderParam("Range") String range) {
        Recording r = recordings.recording(id);
        return ByteRanges.serve(recordings.play(id), r.contentType(), range)
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("/{id}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        Recording r = recordings.recording(id);
        String name = "call-" + r.callId() + (r.contentType().equals("audio/wav") ? ".wav" : ".webm");
        return ByteRanges.serve(recordings.download(id), r.contentType(), null)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

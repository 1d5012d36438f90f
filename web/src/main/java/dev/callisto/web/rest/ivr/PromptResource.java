package dev.callisto.web.rest.ivr;

import dev.callisto.application.Roles;
import dev.callisto.application.ivr.PromptLibrary;
import dev.callisto.domain.ivr.Prompt;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The prompt library: the standard set, uploads (WAV, checked) waiting for approval, and audio of
 * any prompt a flow may name, including {@code tts:text} rendered on the server.
 */
@Path("/prompts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class PromptResource {

    @Inject
    private PromptLibrary library;

    @Inject
    private RequestValidator validator;

    public record PromptView(
            long id,
            String name,
            String status,
            int sampleRate,
            long durationMillis,
            long sizeBytes,
            String uploadedBy,
            Instant uploadedAt,
            String reviewedBy,
            String reviewNote) {
        static PromptView of(Prompt p) {
            return new PromptView(
                    p.id(),
                    p.name(),
                    p.status().name(),
                    p.sampleRate(),
                    p.durationMillis(),
                    p.sizeBytes(),
                    p.uploadedBy(),
                    p.uploadedAt(),
                    p.reviewedBy(),
                    p.reviewNote());
        }
    }

    public record ReviewForm(@NotNull Boolean approved, @Size(max = 200) String note) {}

    public record LibraryView(Set<String> standard, List<PromptView> uploaded) {}

    @GET
    public LibraryView list() {
        return new LibraryView(
                Prompt.STANDARD, library.list().stream().map(PromptView::of).toList());
    }

    /** Uploads a WAV file as the raw body ({@code ?name=greeting-2026}); it waits for approval. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public Response upload(@QueryParam("name") String name, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(PromptView.of(library.upload(name, body)))
                .build();
    }

    public record SpeechForm(
            @NotBlank @Size(max = 40) String name,
            @NotBlank @Pattern(regexp = "en|zh", message = "en or zh") String language,
            @NotBlank @Size(max = 500) String text) {}

    /** A prompt rendered from text by the server's text-to-speech; it waits for approval like an upload. */
    @POST
    @Path("/speech")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response speak(SpeechForm form) {
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(PromptView.of(library.speak(form.name(), form.language(), form.text())))
                .build();
    }

    /** Approves or rejects an upload; someone other than the uploader must do it. */
    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public PromptView review(@PathParam("id") long id, ReviewForm form) {
        validator.valid(form);
        return PromptView.of(library.review(id, form.approved(), form.note()));
    }

    /** The audio of a prompt reference: a standard name, an upload's name, or tts:text (tts:zh:文本). */
    @GET
    @Path("/audio")
    @Produces("audio/wav")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response audio(@QueryParam("ref") String ref) {
        if (ref == null || ref.isBlank()) {
            throw new dev.callisto.domain.InvalidInputException(
                    "ref", "name the prompt: ?ref=welcome or ?ref=tts:Hello");
        }
        return Response.ok(library.audio(ref), "audio/wav").build();
    }
}

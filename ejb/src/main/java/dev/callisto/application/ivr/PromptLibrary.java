package dev.callisto.application.ivr;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.ivr.Prompt;
import dev.callisto.domain.ivr.WavFile;
import dev.callisto.domain.tenant.VisitorToken;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The tenant's prompts: the standard set shipped with Callisto, text-to-speech, and uploads that
 * wait for a second person's approval (the uploader cannot approve their own).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PromptLibrary {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Speech speech;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Prompt> list() {
        return em.createQuery("select p from Prompt p where p.tenantId = :tenantId order by p.name", Prompt.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    /** Stores a WAV upload as pending, or refuses it with the reason and keeps nothing. */
    @Audited("prompt.upload")
    public Prompt upload(String name, InputStream content) {
        requireFreeName(name);
        return store(name, content);
    }

    private void requireFreeName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "name", "a prompt name is lower-case letters, digits and -, starting with a letter");
        }
        if (find(caller.tenantId(), name) != null) {
            throw new ConflictException("name", "there is already a prompt named " + name);
        }
    }

    private Prompt store(String name, InputStream content) {
        byte[] bytes = read(content);
        WavFile wav = WavFile.check(bytes);
        try {
            Path dir = Files.createDirectories(root().resolve(String.valueOf(caller.tenantId())));
            Path file = dir.resolve(UUID.randomUUID() + ".wav");
            Prompt prompt = new Prompt(
                    caller.tenantId(),
                    name,
                    wav,
                    bytes.length,
                    root().relativize(file).toString(),
                    caller.login(),
                    clock.instant());
            Files.write(file, bytes);
            em.persist(prompt);
            return prompt;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the prompt", e);
        }
    }

    /**
     * Renders {@code text} with the server's text-to-speech into a prompt that, like an upload,
     * waits for approval (a fixed recording, unlike a flow's {@code tts:} text).
     */
    @Audited("prompt.speak")
    public Prompt speak(String name, String language, String text) {
        if (!"en".equals(language) && !"zh".equals(language)) {
            throw new InvalidInputException("language", "the language is en or zh");
        }
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new InvalidInputException("text", "the text to speak is 1 to 500 characters");
        }
        requireFreeName(name); // before the rendering, which takes a while
        try (InputStream wav = Files.newInputStream(speech.render(Prompt.TTS + language + ":" + text.strip()))) {
            return store(name, wav);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rendered speech", e);
        }
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Audited("prompt.review")
    public Prompt review(long id, boolean approved, String note) {
        Prompt prompt = em.find(Prompt.class, id);
        if (prompt == null || prompt.tenantId() != caller.tenantId()) {
            throw new NotFoundException("prompt", id);
        }
        if (prompt.uploadedBy().equals(caller.login())) {
            throw new ConflictException("someone other than the uploader must review a prompt");
        }
        prompt.review(approved, caller.login(), note);
        return prompt;
    }

    /** Whether a flow may play {@code ref}: standard, text-to-speech, or an approved upload. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public boolean isUsable(long tenantId, String ref) {
        if (Prompt.STANDARD.contains(ref) || ref.startsWith(Prompt.TTS) && ref.length() > Prompt.TTS.length()) {
            return true;
        }
        Prompt prompt = find(tenantId, ref);
        return prompt != null && prompt.isApproved();
    }

    /** The audio of a prompt reference, for playback: WAV bytes. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public byte[] audio(String ref) {
        return audio(caller.tenantId(), ref, false);
    }

    /** The audio a caller hears on the customer page: only prompts a flow may play. */
    @PermitAll
    public byte[] audioForCaller(VisitorToken visitor, String ref) {
        return audio(visitor.tenantId(), ref, true);
    }

    /** The audio a phone caller hears in the IVR (the SIP edge asks; only prompts a flow may play). */
    @PermitAll
    public byte[] audioForPhone(long tenantId, String ref) {
        return audio(tenantId, ref, true);
    }

    private byte[] audio(long tenantId, String ref, boolean playableOnly) {
        try {
            if (Prompt.STANDARD.contains(ref)) {
                try (InputStream in = PromptLibrary.class.getResourceAsStream("/prompts/" + ref + ".wav")) {
                    return in.readAllBytes();
                }
            }
            if (ref.startsWith(Prompt.TTS)) {
                return Files.readAllBytes(speech.render(ref));
            }
            Prompt prompt = find(tenantId, ref);
            if (prompt == null || playableOnly && !prompt.isApproved()) {
                throw new NotFoundException("prompt", ref);
            }
            return Files.readAllBytes(root().resolve(prompt.storedAs()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Prompt find(long tenantId, String name) {
        return em.createQuery("select p from Prompt p where p.tenantId = :tenantId and p.name = :name", Prompt.class)
                .setParameter("tenantId", tenantId)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) WavFile.MAX_BYTES + 1);
            if (bytes.length == 0) {
                throw new InvalidInputException("file", "the file is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        return Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "callisto",
                "prompts");
    }
}

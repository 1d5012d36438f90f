package dev.callisto.application.media;

import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.application.call.CallAccess;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.media.Recording;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Every call's recording: started when an agent answers (not during the IVR or the queue),
 * completed when the call ends, and handed out only to those who may hear it (an agent their own calls,
 * supervisors and admins all of the tenant's), each playback or download in the audit log.
 */
@Stateless
public class Recordings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MediaPort media;

    @Inject
    private CallAccess access;

    @Inject
    private Clock clock;

    /** Opens the call's room (when the first browser connects); nothing is recorded before the answer. */
    @PermitAll
    public void open(Call call) {
        media.open(call.id(), directoryOf(call.tenantId()));
    }

    /** The answer: the mix and the cameras are recorded from now, once per call. */
    @PermitAll
    public void begin(long tenantId, long callId) {
        Path file = media.open(callId, directoryOf(tenantId));
        media.record(callId);
        if (ofCall(tenantId, callId).isEmpty()) {
            String name = file.getFileName().toString();
            em.persist(new Recording(
                    tenantId,
                    callId,
                    tenantId + "/" + name,
                    name.endsWith(".webm") ? "video/webm" : "audio/wav",
                    media.engine(),
                    clock.instant()));
        }
    }

    /**
     * The call ended: its room closes, the mixed audio is measured, and each camera's video is
     * kept beside it, each with its own start and length.
     */
    @PermitAll
    public void complete(long tenantId, long callId) {
        MediaPort.Closed closed = media.close(callId);
        for (Recording r : ofCall(tenantId, callId)) {
            if (!r.isComplete()) {
                r.complete(
                        closed.mix().map(MediaPort.Track::length).orElse(Duration.ZERO),
                        sizeOf(fileOf(r)),
                        clock.instant());
            }
        }
        Path base = directory();
        for (MediaPort.Track video : closed.videos()) {
            Recording v = new Recording(
                    tenantId,
                    callId,
                    base.relativize(video.file()).toString(),
                    "video/webm",
                    media.engine(),
                    video.startedAt());
            v.complete(video.length(), sizeOf(video.file()), clock.instant());
            em.persist(v);
        }
    }

    private static Path directoryOf(long tenantId) {
        return directory().resolve(Long.toString(tenantId));
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<Recording> ofCall(long callId) {
        Call call = access.call(callId);
        access.requireVisible(call);
        return ofCall(call.tenantId(), callId);
    }

    /** The recording's file for playback in the browser. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    @Audited("recording.play")
    public Path play(long recordingId) {
        return fileOf(visible(recordingId));
    }

    /** The recording's file to keep. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    @Audited("recording.download")
    public Path download(long recordingId) {
        return fileOf(visible(recordingId));
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Recording recording(long recordingId) {
        return visible(recordingId);
    }

    private Recording visible(long recordingId) {
        Recording r = em.find(Recording.class, recordingId);
        if (r == null || r.tenantId() != access.tenantId()) {
            throw new NotFoundException("recording", recordingId);
        }
        access.requireVisible(access.call(r.callId()));
        return r;
    }

    private List<Recording> ofCall(long tenantId, long callId) {
        return em.createNamedQuery("Recording.ofCall", Recording.class)
                .setParameter("tenant", tenantId)
                .setParameter("call", callId)
                .getResultList();
    }

    private Path fileOf(Recording r) {
        return directory().resolve(r.storedAs());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code callisto.recordings.dir}, by default under the server's data directory. */
    static Path directory() {
        String configured = System.getProperty("callisto.recordings.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "callisto",
                "recordings");
    }
}

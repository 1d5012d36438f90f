package dev.callisto.web.rest.media;

import dev.callisto.domain.media.Recording;
import java.time.Instant;

/** A call's recording as the call record and the player show it; the file is behind {@code audio}/{@code download}. */
public record RecordingView(
        long id,
        long callId,
        String contentType,
        String engine,
        Instant startedAt,
        Instant endedAt,
        double seconds,
        long size,
        String audio,
        String download) {

    public static RecordingView of(Recording r) {
        String base = "/callisto/api/v1/recordings/" + r.id();
        return new RecordingView(
                r.id(),
                r.callId(),
                r.contentType(),
                r.engine(),
                r.startedAt(),
                r.endedAt(),
                r.durationMillis() / 1000.0,
                r.size(),
                base + "/audio",
                base + "/download");
    }
}

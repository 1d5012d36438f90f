package dev.callisto.media;

import dev.callisto.application.media.MediaPort.Track;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each of a call's recordings runs, the same for every engine: the mix from the answer, a
 * camera from the later of the answer and its publishing until it leaves or the call closes.
 */
public final class RecordingClock {

    private volatile Instant recordingSince;
    private final Map<String, Instant> publishedAt = new ConcurrentHashMap<>();
    private final Map<String, Instant> leftAt = new ConcurrentHashMap<>();

    /** Starts the recording; false if it had started already. */
    public synchronized boolean start(Instant now) {
        if (recordingSince != null) {
            return false;
        }
        recordingSince = now;
        return true;
    }

    public boolean isRecording() {
        return recordingSince != null;
    }

    public void published(String participant, Instant now) {
        publishedAt.put(participant, now);
        leftAt.remove(participant);
    }

    public void left(String participant, Instant now) {
        if (publishedAt.containsKey(participant)) {
            leftAt.putIfAbsent(participant, now);
        }
    }

    /** How long the recording has run at {@code now} (zero before it started). */
    public Duration recordedUntil(Instant now) {
        Instant since = recordingSince;
        return since == null || now.isBefore(since) ? Duration.ZERO : Duration.between(since, now);
    }

    /** The mix, if it was recorded, with its measured length. */
    public Optional<Track> mix(Path file, Duration measured) {
        return recordingSince == null ? Optional.empty() : Optional.of(new Track(file, recordingSince, measured));
    }

    /** A camera's recording as of the call's close, if it was recorded at all. */
    public Optional<Track> camera(String participant, Path file, Instant closedAt) {
        Instant published = publishedAt.get(participant);
        if (recordingSince == null || published == null) {
            return Optional.empty();
        }
        Instant since = published.isAfter(recordingSince) ? published : recordingSince;
        Instant until = leftAt.getOrDefault(participant, closedAt);
        return Optional.of(
                new Track(file, since, until.isAfter(since) ? Duration.between(since, until) : Duration.ZERO));
    }
}

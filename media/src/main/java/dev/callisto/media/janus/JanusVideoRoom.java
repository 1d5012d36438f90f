package dev.callisto.media.janus;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The video of one call on Janus: a VideoRoom (room id = call id) where each participant with a
 * camera publishes, recorded per camera (.mjr, converted to WebM with janus-pp-rec when the call
 * ends), and where each participant subscribes to the others' cameras. Audio stays in the
 * AudioBridge room, so mixing and the mixed recording do not depend on who has video.
 */
final class JanusVideoRoom {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(JanusVideoRoom.class.getName());
    private static final String VIDEOROOM = "janus.plugin.videoroom";
    private static final int ROOM_EXISTS = 427;
    private static final int NO_SUCH_FEED = 428;
    private static final int FEED_ATTEMPTS = 20;
    private static final long FEED_WAIT_MILLIS = 250;
    private static final Pattern FEED_IN_NAME = Pattern.compile("-user-(\\d+)-");

    private final long callId;
    private final long control;
    private final Path directory;
    private final Map<String, Long> publishers = new ConcurrentHashMap<>(); // participant -> feed id
    private final Map<Long, String> feeds = new ConcurrentHashMap<>(); // every feed id ever published -> participant
    private final Map<String, Long> handles =
            new ConcurrentHashMap<>(); // participant (or "sub:" + participant) -> handle

    private JanusVideoRoom(long callId, long control, Path directory) {
        this.callId = callId;
        this.control = control;
        this.directory = directory;
    }

    /** The call's video room; its cameras are recorded from the start if {@code recording}, else from {@link #record}. */
    static JanusVideoRoom create(JanusConnection janus, long callId, Path directory, boolean recording) {
        Path dir = directory.resolve(callId + "-video");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long control = janus.attach(VIDEOROOM);
        try {
            janus.message(
                    control,
                    JSON.createObjectBuilder()
                            .add("request", "create")
                            .add("room", callId)
                            .add("description", "call " + callId)
                            .add("is_private", true)
                            .add("publishers", 6)
                            .add("videocodec", "vp8")
                            .add("record", recording)
                            .add("rec_dir", dir.toAbsolutePath().toString())
                            .build(),
                    null);
        } catch (JanusException e) {
            if (e.code() != ROOM_EXISTS) {
                throw e;
            }
        }
        return new JanusVideoRoom(callId, control, dir);
    }

    /** Starts recording every camera of the room, those published already and those to come. */
    void record(JanusConnection janus) {
        janus.message(
                control,
                JSON.createObjectBuilder()
                        .add("request", "enable_recording")
                        .add("room", callId)
                        .add("record", true)
                        .build(),
                null);
    }

    /** Publishes the participant's camera; the SDP answer to their offer. */
    String publish(JanusConnection janus, String participant, String sdpOffer) {
        drop(janus, participant);
        long handle = janus.attach(VIDEOROOM);
        handles.put(participant, handle);
        JsonObject joined = janus.message(
                handle,
                JSON.createObjectBuilder()
                        .add("request", "join")
                        .add("ptype", "publisher")
                        .add("room", callId)
                        .add("display", participant)
                        .build(),
                null);
        long feed = data(joined).getJsonNumber("id").longValue();
        JsonObject published = janus.message(
                handle,
                JSON.createObjectBuilder()
                        .add("request", "publish")
                        .add("audio", false)
                        .build(),
                JSON.createObjectBuilder()
                        .add("type", "offer")
                        .add("sdp", sdpOffer)
                        .add("trickle", false)
                        .build());
        // Only a feed that publishes can be subscribed to: listed once Janus has taken the offer.
        publishers.put(participant, feed);
        feeds.put(feed, participant);
        return published.getJsonObject("jsep").getString("sdp");
    }

    boolean hasVideo() {
        return !publishers.isEmpty();
    }

    /** Janus's offer carrying the others' cameras to the participant, if anyone else publishes. */
    Optional<String> subscribe(JanusConnection janus, String participant) {
        var streams = JSON.createArrayBuilder();
        publishers.forEach((who, feed) -> {
            if (!who.equals(participant)) {
                streams.add(JSON.createObjectBuilder().add("feed", feed));
            }
        });
        var list = streams.build();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        drop(janus, "sub:" + participant);
        long handle = janus.attach(VIDEOROOM);
        handles.put("sub:" + participant, handle);
        var join = JSON.createObjectBuilder()
                .add("request", "join")
                .add("ptype", "subscriber")
                .add("room", callId)
                .add("streams", list)
                .build();
        // A camera can be watched once its own connection is up, a moment after it was published.
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(
                        janus.message(handle, join, null).getJsonObject("jsep").getString("sdp"));
            } catch (JanusException e) {
                if (e.code() != NO_SUCH_FEED || attempt == FEED_ATTEMPTS) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(FEED_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JanusException("interrupted while waiting for a camera");
        }
    }

    /** The participant's answer: the subscription starts. */
    void start(JanusConnection janus, String participant, String sdpAnswer) {
        Long handle = handles.get("sub:" + participant);
        if (handle == null) {
            throw new JanusException("no video subscription for " + participant + " on call " + callId);
        }
        janus.message(
                handle,
                JSON.createObjectBuilder().add("request", "start").build(),
                JSON.createObjectBuilder()
                        .add("type", "answer")
                        .add("sdp", sdpAnswer)
                        .build());
    }

    void leave(JanusConnection janus, String participant) {
        drop(janus, participant);
        drop(janus, "sub:" + participant);
        publishers.remove(participant);
    }

    /**
     * Destroys the room (closing the recordings) and converts each camera's recording to WebM.
     *
     * @return each participant's camera recording (their last, if they published more than once)
     */
    Map<String, Path> close(JanusConnection janus) {
        try {
            janus.message(
                    control,
                    JSON.createObjectBuilder()
                            .add("request", "destroy")
                            .add("room", callId)
                            .build(),
                    null);
        } catch (JanusException e) {
            LOG.fine(() -> "video room " + callId + " already gone: " + e.getMessage());
        }
        handles.values().forEach(janus::detachQuietly);
        janus.detachQuietly(control);
        return convert();
    }

    private Map<String, Path> convert() {
        Map<String, Path> converted = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path mjr : files.filter(
                            f -> f.toString().endsWith(".mjr") && f.toString().contains("video"))
                    .sorted()
                    .toList()) {
                Path webm = mjr.resolveSibling(mjr.getFileName().toString().replace(".mjr", ".webm"));
                Process pp = new ProcessBuilder("janus-pp-rec", mjr.toString(), webm.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                String participant = participantOf(mjr);
                if (pp.waitFor(60, TimeUnit.SECONDS) && pp.exitValue() == 0 && Files.exists(webm)) {
                    if (participant != null) {
                        converted.put(participant, webm);
                    }
                } else {
                    pp.destroyForcibly();
                    LOG.warning("janus-pp-rec could not convert " + mjr + "; the .mjr stays");
                }
            }
        } catch (IOException e) {
            LOG.warning("video recordings of call " + callId + " not converted: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return converted;
    }

    /** Janus names a camera's file {@code videoroom-<room>-user-<feed>-<time>-video.mjr}. */
    private String participantOf(Path mjr) {
        Matcher m = FEED_IN_NAME.matcher(mjr.getFileName().toString());
        return m.find() ? feeds.get(Long.parseLong(m.group(1))) : null;
    }

    private void drop(JanusConnection janus, String key) {
        Long handle = handles.remove(key);
        if (handle != null) {
            janus.detachQuietly(handle);
        }
    }

    private static JsonObject data(JsonObject reply) {
        return reply.getJsonObject("plugindata").getJsonObject("data");
    }
}

package dev.callisto.media.janus;

import dev.callisto.application.media.MediaPort;
import dev.callisto.application.media.MediaPort.Track;
import dev.callisto.media.RecordingClock;
import dev.callisto.media.WavLength;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The embedded media server: Janus's AudioBridge mixes each call in a room of its own (room id =
 * call id), records the mix as WAV, plays music on hold into it, and takes muted participants out
 * of the mix. Each browser has its own plugin handle, joined with its SDP offer; what Janus
 * reports about a browser's audio is told as {@link Flow}s.
 */
public final class JanusMedia implements MediaPort, AutoCloseable {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(JanusMedia.class.getName());
    private static final String AUDIOBRIDGE = "janus.plugin.audiobridge";
    private static final int ROOM_EXISTS = 486;
    private static final int NO_SUCH_ROOM = 485;

    private final URI uri;
    private final Path holdMusic;
    private final BrowserFlows flows;
    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private JanusConnection connection;
    private Instant failedAt;

    /** A call's room: the handle that created it, one handle per participant, and its video, if any. */
    private static final class Room {
        final long control;
        final Path recording;
        final Map<String, Long> handles = new ConcurrentHashMap<>();
        volatile boolean music;
        volatile boolean announcing;
        final RecordingClock clock = new RecordingClock();
        JanusVideoRoom video;

        Room(long control, Path recording) {
            this.control = control;
            this.recording = recording;
        }
    }

    public JanusMedia(URI uri, Path holdMusic, Consumer<Flow> flows, Clock clock) {
        this.uri = uri;
        this.holdMusic = holdMusic;
        this.flows = new BrowserFlows(flows, clock);
    }

    @Override
    public String engine() {
        return "janus";
    }

    @Override
    public Path open(long callId, Path directory) {
        JanusConnection janus = connection();
        return rooms.computeIfAbsent(callId, id -> {
                    Path file = directory.resolve(id + ".wav");
                    createDirectories(directory);
                    long control = janus.attach(AUDIOBRIDGE);
                    try {
                        janus.message(
                                control,
                                JSON.createObjectBuilder()
                                        .add("request", "create")
                                        .add("room", id)
                                        .add("description", "call " + id)
                                        .add("is_private", true)
                                        .add("sampling_rate", 16000)
                                        .add("allow_rtp_participants", true) // phones, by the SIP edge
                                        .add("record", false) // from the answer on: see record()
                                        .build(),
                                null);
                    } catch (JanusException e) {
                        if (e.code() != ROOM_EXISTS) {
                            throw e;
                        }
                    }
                    return new Room(control, file);
                })
                .recording;
    }

    @Override
    public void record(long callId) {
        Room room = room(callId);
        JanusConnection janus = connection();
        synchronized (room) {
            if (!room.clock.start(Instant.now())) {
                return;
            }
            janus.message(
                    room.control,
                    JSON.createObjectBuilder()
                            .add("request", "enable_recording")
                            .add("room", callId)
                            .add("record", true)
                            .add("record_file", room.recording.toAbsolutePath().toString())
                            .build(),
                    null);
            if (room.video != null) {
                room.video.record(janus);
            }
        }
    }

    @Override
    public String connect(long callId, String participant, String sdpOffer, boolean muted) {
        Room room = room(callId);
        JanusConnection janus = connection();
        Long previous = room.handles.remove(participant);
        if (previous != null) {
            flows.left(previous); // its hangup is the old connection's, not this person leaving
            janus.detachQuietly(previous); // the same person again, from a new connection
        }
        long handle = janus.attach(AUDIOBRIDGE);
        flows.joined(handle, callId, participant);
        JsonObject reply = janus.message(
                handle,
                JSON.createObjectBuilder()
                        .add("request", "join")
                        .add("room", callId)
                        .add("display", participant)
                        .add("muted", muted)
                        .build(),
                JSON.createObjectBuilder()
                        .add("type", "offer")
                        .add("sdp", sdpOffer)
                        .add("trickle", false)
                        .build());
        room.handles.put(participant, handle);
        if (!reply.containsKey("jsep")) {
            throw new JanusException("Janus joined " + participant + " without an SDP answer");
        }
        return reply.getJsonObject("jsep").getString("sdp");
    }

    @Override
    public RtpAddress connectRtp(long callId, String participant, RtpAddress remote, String codec) {
        Room room = room(callId);
        JanusConnection janus = connection();
        Long previous = room.handles.remove(participant);
        if (previous != null) {
            janus.detachQuietly(previous);
        }
        long handle = janus.attach(AUDIOBRIDGE);
        JsonObject reply = janus.message(
                handle,
                JSON.createObjectBuilder()
                        .add("request", "join")
                        .add("room", callId)
                        .add("display", participant)
                        .add("codec", codec)
                        .add(
                                "rtp",
                                JSON.createObjectBuilder()
                                        .add("ip", remote.host())
                                        .add("port", remote.port())
                                        .add("payload_type", codec.equals("pcma") ? 8 : 0))
                        .build(),
                null);
        room.handles.put(participant, handle);
        JsonObject rtp = reply.getJsonObject("plugindata").getJsonObject("data").getJsonObject("rtp");
        if (rtp == null) {
            throw new JanusException("Janus joined " + participant + " without an RTP address");
        }
        return new RtpAddress(rtp.getString("ip"), rtp.getInt("port"));
    }

    @Override
    public void mute(long callId, String participant, boolean muted) {
        Room room = rooms.get(callId);
        Long handle = room == null ? null : room.handles.get(participant);
        if (handle != null) {
            connection()
                    .message(
                            handle,
                            JSON.createObjectBuilder()
                                    .add("request", "configure")
                                    .add("muted", muted)
                                    .build(),
                            null);
        }
    }

    @Override
    public void music(long callId, boolean playing) {
        Room room = rooms.get(callId);
        if (room == null || room.music == playing) {
            return;
        }
        var request = JSON.createObjectBuilder()
                .add("request", playing ? "play_file" : "stop_file")
                .add("room", callId)
                .add("file_id", "hold-" + callId);
        if (playing) {
            request.add("filename", holdMusic.toAbsolutePath().toString()).add("loop", true);
        }
        connection().message(room.control, request.build(), null);
        room.music = playing;
    }

    /** AudioBridge plays Ogg Opus files only: the WAV is encoded with opusenc (Debian opus-tools) first. */
    @Override
    public void announce(long callId, byte[] wav) {
        Room room = rooms.get(callId);
        if (room == null) {
            return;
        }
        JanusConnection janus = connection();
        String id = "announce-" + callId;
        if (room.announcing) {
            try {
                janus.message(
                        room.control,
                        JSON.createObjectBuilder()
                                .add("request", "stop_file")
                                .add("room", callId)
                                .add("file_id", id)
                                .build(),
                        null);
            } catch (JanusException e) {
                LOG.fine(() -> "the announcement had ended: " + e.getMessage()); // it stops by itself at its end
            }
            room.announcing = false;
        }
        if (wav == null) {
            return;
        }
        Path file = Announcements.encode(room.recording.getParent(), callId, wav);
        if (file != null) {
            janus.message(
                    room.control,
                    JSON.createObjectBuilder()
                            .add("request", "play_file")
                            .add("room", callId)
                            .add("file_id", id)
                            .add("filename", file.toAbsolutePath().toString())
                            .build(),
                    null);
            room.announcing = true;
        }
    }

    @Override
    public String publishVideo(long callId, String participant, String sdpOffer) {
        Room room = room(callId);
        JanusConnection janus = connection();
        synchronized (room) {
            if (room.video == null) {
                room.video = JanusVideoRoom.create(janus, callId, room.recording.getParent(), room.clock.isRecording());
            }
        }
        String answer = room.video.publish(janus, participant, sdpOffer);
        room.clock.published(participant, Instant.now());
        return answer;
    }

    @Override
    public boolean hasVideo(long callId) {
        Room room = rooms.get(callId);
        return room != null && room.video != null && room.video.hasVideo();
    }

    @Override
    public Optional<String> subscribeVideo(long callId, String participant) {
        Room room = room(callId);
        return room.video == null ? Optional.empty() : room.video.subscribe(connection(), participant);
    }

    @Override
    public void startVideo(long callId, String participant, String sdpAnswer) {
        Room room = room(callId);
        if (room.video == null) {
            throw new JanusException("call " + callId + " has no video");
        }
        room.video.start(connection(), participant, sdpAnswer);
    }

    @Override
    public void disconnect(long callId, String participant) {
        Room room = rooms.get(callId);
        Long handle = room == null ? null : room.handles.remove(participant);
        if (handle != null) {
            flows.left(handle);
            connection().detachQuietly(handle);
        }
        if (room != null && room.video != null) {
            room.video.leave(connection(), participant);
            room.clock.left(participant, Instant.now());
        }
    }

    @Override
    public Closed close(long callId) {
        Room room = rooms.remove(callId);
        flows.leftCall(callId);
        if (room == null) {
            return Closed.NOTHING;
        }
        JanusConnection janus = connection();
        try {
            // Destroying the room closes the recording and drops everyone still in it.
            janus.message(
                    room.control,
                    JSON.createObjectBuilder()
                            .add("request", "destroy")
                            .add("room", callId)
                            .build(),
                    null);
        } catch (JanusException e) {
            if (e.code() != NO_SUCH_ROOM) {
                throw e;
            }
        }
        room.handles.values().forEach(janus::detachQuietly);
        janus.detachQuietly(room.control);
        Instant closedAt = Instant.now();
        List<Track> videos = new ArrayList<>();
        if (room.video != null) {
            room.video.close(janus).forEach((participant, file) -> room.clock
                    .camera(participant, file, closedAt)
                    .ifPresent(videos::add));
        }
        return new Closed(room.clock.mix(room.recording, WavLength.of(room.recording)), videos);
    }

    /**
     * Asked before every call event the media follows, so while Janus is down and the last attempt
     * is recent it answers without an exception (one per event cost the event pipeline 2 % of
     * its allocation, each with a full stack trace).
     */
    @Override
    public synchronized boolean isAvailable() {
        if ((connection == null || !connection.isOpen()) && recentlyFailed()) {
            return false;
        }
        try {
            connection();
            return true;
        } catch (JanusException e) {
            LOG.fine(() -> "Janus not available: " + e.getMessage());
            return false;
        }
    }

    /** Keeps the Janus session alive (Janus ends sessions quiet for a minute). */
    @Override
    public void heartbeat() {
        JanusConnection current;
        synchronized (this) {
            current = connection;
        }
        if (current != null && current.isOpen()) {
            try {
                current.keepAlive();
            } catch (JanusException e) {
                LOG.warning("Janus keepalive failed: " + e.getMessage());
            }
        }
    }

    private Room room(long callId) {
        Room room = rooms.get(callId);
        if (room == null) {
            throw new JanusException("call " + callId + " has no media room");
        }
        return room;
    }

    /**
     * The connection, opened again if Janus went away (its rooms went with it). After a failed
     * attempt the next one waits a few seconds, so a server without Janus does not try on every event.
     */
    private synchronized JanusConnection connection() {
        if (connection == null || !connection.isOpen()) {
            if (recentlyFailed()) {
                throw new JanusException("Janus is not available at " + uri);
            }
            rooms.clear();
            flows.forgetAll();
            try {
                connection = JanusConnection.open(uri, flows::unasked);
                failedAt = null;
            } catch (JanusException e) {
                failedAt = Instant.now();
                throw e;
            }
        }
        return connection;
    }

    private boolean recentlyFailed() {
        return failedAt != null && failedAt.plus(RETRY_AFTER).isAfter(Instant.now());
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
    }
}

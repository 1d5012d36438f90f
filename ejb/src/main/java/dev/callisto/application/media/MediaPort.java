package dev.callisto.application.media;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the contact center needs from a media server, whichever it is (Janus embedded, Kurento in
 * production): one mixing room per call that everyone on the call is connected to from their
 * browser, recorded as one file. Participants are named by the caller ({@code customer},
 * {@code agent-12}, {@code supervisor-ann}); SDP is exchanged whole (ICE candidates gathered
 * before the offer is sent and inside the answer).
 */
public interface MediaPort {

    /** {@code janus} or {@code kurento}: stored with each recording. */
    String engine();

    /**
     * Opens the call's room if it is not open yet; the mix will be recorded into {@code directory}
     * once {@link #record} is called.
     *
     * @return the recording file the media server will write
     */
    Path open(long callId, Path directory);

    /**
     * Starts recording the call's mix and each camera, from now: called when an agent answers,
     * so the IVR and the queue (the customer's camera included) are not recorded. Once is enough.
     */
    void record(long callId);

    /** Connects a browser to the call's room: its SDP offer in, the media server's SDP answer out. */
    String connect(long callId, String participant, String sdpOffer, boolean muted);

    /** An address of plain (unencrypted, ICE-less) RTP, as phone legs use. */
    record RtpAddress(String host, int port) {}

    /**
     * Connects a phone (through the SIP edge's relay) to the call's room as a plain RTP
     * participant: G.711 {@code codec} ({@code pcmu} or {@code pcma}) sent to {@code remote}, in
     * the same mix as the browsers, so recording, music and supervisors work the same for it.
     *
     * @return where the media server takes the phone's audio
     */
    RtpAddress connectRtp(long callId, String participant, RtpAddress remote, String codec);

    /**
     * Plays an announcement (a WAV: the IVR's prompts for a phone caller) into the room, once,
     * in place of one still playing; {@code null} stops it. A browser caller's page plays prompts
     * itself, so only phone calls use this.
     */
    void announce(long callId, byte[] wav);

    /** A muted participant is not heard in the mix (and not in the recording); they still hear it. */
    void mute(long callId, String participant, boolean muted);

    /** Music on hold (and while queued) played into the room's mix. */
    void music(long callId, boolean playing);

    void disconnect(long callId, String participant);

    /**
     * Publishes a participant's camera in the call's room (video is recorded per camera).
     *
     * @return the media server's SDP answer
     */
    String publishVideo(long callId, String participant, String sdpOffer);

    /** Whether anyone on the call publishes a camera (a video call). */
    boolean hasVideo(long callId);

    /**
     * The media server's SDP offer carrying the other participants' cameras to this one; empty
     * while nobody else publishes. The participant answers with {@link #startVideo}.
     */
    Optional<String> subscribeVideo(long callId, String participant);

    void startVideo(long callId, String participant, String sdpAnswer);

    /** One recorded file: when it started and how long it runs, its own (a camera may join late). */
    record Track(Path file, Instant startedAt, Duration length) {}

    /** What a closed room leaves: the mixed audio (empty if never recorded) and a video file per camera. */
    record Closed(Optional<Track> mix, List<Track> videos) {
        public static final Closed NOTHING = new Closed(Optional.empty(), List.of());
    }

    /** Closes the room and everyone's connection; the recordings are complete once this returns. */
    Closed close(long callId);

    /** Called every 20 seconds: keeps the control connection to the media server alive. */
    default void heartbeat() {}

    /** Whether the media server answers; calls go on without media when it does not. */
    boolean isAvailable();

    /**
     * What the media server reports on its own about a browser's audio: it stopped arriving (ICE
     * failed, the network went, the tab closed; {@code lastHeard} when its packets stopped) or it
     * arrives again. Fired as a CDI event by the adapter that noticed; the media server's thread.
     */
    record Flow(long callId, String participant, boolean arriving, Instant lastHeard) {}
}

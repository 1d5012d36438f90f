package dev.callisto.media.kurento;

import dev.callisto.application.media.MediaPort;
import dev.callisto.media.RecordingClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kurento.client.Composite;
import org.kurento.client.HubPort;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.MediaType;
import org.kurento.client.PlayerEndpoint;
import org.kurento.client.RecorderEndpoint;
import org.kurento.client.WebRtcEndpoint;

/**
 * One call on Kurento: a pipeline whose Composite mixes every participant's WebRtcEndpoint (each
 * through its own HubPort), a HubPort feeding a RecorderEndpoint with the mix, and a
 * PlayerEndpoint on its own HubPort for music on hold. Muting disconnects a participant's audio
 * from the mixer, so they still hear the others but are not heard (nor recorded).
 */
final class KurentoCall {

    private final MediaPipeline pipeline;
    private final Composite mixer;
    private final RecorderEndpoint recorder;
    private final URI holdMusic;
    private final Path recording;
    private final RecordingClock clock = new RecordingClock();
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    private final KurentoVideo video;
    private PlayerEndpoint player;
    private HubPort playerPort;

    private record Leg(WebRtcEndpoint endpoint, HubPort port) {}

    private KurentoCall(MediaPipeline pipeline, Path recording, URI holdMusic) {
        this.pipeline = pipeline;
        this.recording = recording;
        this.holdMusic = holdMusic;
        this.mixer = new Composite.Builder(pipeline).build();
        HubPort recorderPort = new HubPort.Builder(mixer).build();
        this.recorder = new RecorderEndpoint.Builder(pipeline, recording.toUri().toString())
                .withMediaProfile(MediaProfileSpecType.WEBM_AUDIO_ONLY)
                .build();
        recorderPort.connect(recorder, MediaType.AUDIO);
        this.video = new KurentoVideo(pipeline, recording.getParent(), callIdOf(recording));
    }

    private static long callIdOf(Path recording) {
        String name = recording.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }

    KurentoVideo video() {
        return video;
    }

    static KurentoCall start(KurentoClient kurento, Path recording, URI holdMusic) {
        return new KurentoCall(kurento.createMediaPipeline(), recording, holdMusic);
    }

    /** The answer: the mix and every camera are recorded from now on. */
    synchronized void record(Instant now) {
        if (clock.start(now)) {
            recorder.record();
            video.record();
        }
    }

    String publishVideo(String participant, String sdpOffer, Instant now) {
        String answer = video.publish(participant, sdpOffer, clock.isRecording());
        clock.published(participant, now);
        return answer;
    }

    Path recording() {
        return recording;
    }

    /** Answers the browser's offer once the endpoint has gathered its candidates (no trickle). */
    String connect(String participant, String sdpOffer, boolean muted) {
        disconnect(participant);
        WebRtcEndpoint endpoint = new WebRtcEndpoint.Builder(pipeline).build();
        HubPort port = new HubPort.Builder(mixer).build();
        port.connect(endpoint, MediaType.AUDIO);
        if (!muted) {
            endpoint.connect(port, MediaType.AUDIO);
        }
        endpoint.processOffer(sdpOffer);
        KurentoVideo.gather(endpoint);
        legs.put(participant, new Leg(endpoint, port));
        return endpoint.getLocalSessionDescriptor();
    }

    void mute(String participant, boolean muted) {
        Leg leg = legs.get(participant);
        if (leg == null) {
            return;
        }
        if (muted) {
            leg.endpoint().disconnect(leg.port(), MediaType.AUDIO);
        } else {
            leg.endpoint().connect(leg.port(), MediaType.AUDIO);
        }
    }

    synchronized void music(boolean playing) {
        if (playing && player == null) {
            player = new PlayerEndpoint.Builder(pipeline, holdMusic.toString()).build();
            playerPort = new HubPort.Builder(mixer).build();
            player.connect(playerPort, MediaType.AUDIO);
            // Loop: start again whenever the piece ends, until music stops.
            player.addEndOfStreamListener(e -> {
                synchronized (this) {
                    if (player != null) {
                        player.play();
                    }
                }
            });
            player.play();
        } else if (!playing && player != null) {
            player.stop();
            player.release();
            playerPort.release();
            player = null;
            playerPort = null;
        }
    }

    void disconnect(String participant, Instant now) {
        clock.left(participant, now);
        disconnect(participant);
    }

    private void disconnect(String participant) {
        Leg leg = legs.remove(participant);
        if (leg != null) {
            leg.endpoint().release();
            leg.port().release();
        }
    }

    /** Stops the recorders (waiting until the files are written) and releases everything. */
    MediaPort.Closed close(Instant now) {
        if (clock.isRecording()) {
            recorder.stopAndWait();
        }
        List<MediaPort.Track> videos = new ArrayList<>();
        video.close().forEach((participant, file) -> clock.camera(participant, file, now)
                .ifPresent(videos::add));
        pipeline.release();
        return new MediaPort.Closed(clock.mix(recording, clock.recordedUntil(now)), videos);
    }
}

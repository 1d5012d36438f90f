package dev.callisto.media.kurento;

import dev.callisto.application.media.MediaPort;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
    private final Instant startedAt;
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    private final KurentoVideo video;
    private PlayerEndpoint player;
    private HubPort playerPort;

    private record Leg(WebRtcEndpoint endpoint, HubPort port) {}

    private KurentoCall(MediaPipeline pipeline, Path recording, URI holdMusic, Instant now) {
        this.pipeline = pipeline;
        this.recording = recording;
        this.holdMusic = holdMusic;
        this.startedAt = now;
        this.mixer = new Composite.Builder(pipeline).build();
        HubPort recorderPort = new HubPort.Builder(mixer).build();
        this.recorder = new RecorderEndpoint.Builder(pipeline, recording.toUri().toString())
                .withMediaProfile(MediaProfileSpecType.WEBM_AUDIO_ONLY)
                .build();
        recorderPort.connect(recorder, MediaType.AUDIO);
        recorder.record();
        this.video = new KurentoVideo(pipeline, recording.getParent(), callIdOf(recording));
    }

    private static long callIdOf(Path recording) {
        String name = recording.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }

    KurentoVideo video() {
        return video;
    }

    static KurentoCall start(KurentoClient kurento, Path recording, URI holdMusic, Instant now) {
        return new KurentoCall(kurento.createMediaPipeline(), recording, holdMusic, now);
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

    void disconnect(String participant) {
        Leg leg = legs.remove(participant);
        if (leg != null) {
            leg.endpoint().release();
            leg.port().release();
        }
    }

    /** Stops the recorders (waiting until the files are written) and releases everything. */
    MediaPort.Closed close(Instant now) {
        recorder.stopAndWait();
        List<Path> videos = video.close();
        pipeline.release();
        return new MediaPort.Closed(Duration.between(startedAt, now), videos);
    }
}

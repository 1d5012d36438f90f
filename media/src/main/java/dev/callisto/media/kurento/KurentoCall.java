package dev.callisto.media.kurento;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.kurento.client.Composite;
import org.kurento.client.HubPort;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.MediaType;
import org.kurento.client.PlayerEndpoint;
import org.kurento.client.RecorderEndpoint;
import org.kurento.client.WebRtcEndpoint;
import org.kurento.commons.exception.KurentoException;

/**
 * One call on Kurento: a pipeline whose Composite mixes every participant's WebRtcEndpoint (each
 * through its own HubPort), a HubPort feeding a RecorderEndpoint with the mix, and a
 * PlayerEndpoint on its own HubPort for music on hold. Muting disconnects a participant's audio
 * from the mixer, so they still hear the others but are not heard (nor recorded).
 */
final class KurentoCall {

    private static final long GATHERING_SECONDS = 10;

    private final MediaPipeline pipeline;
    private final Composite mixer;
    private final RecorderEndpoint recorder;
    private final URI holdMusic;
    private final Path recording;
    private final Instant startedAt;
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
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
        CountDownLatch gathered = new CountDownLatch(1);
        endpoint.addIceGatheringDoneListener(e -> gathered.countDown());
        endpoint.processOffer(sdpOffer);
        endpoint.gatherCandidates();
        try {
            if (!gathered.await(GATHERING_SECONDS, TimeUnit.SECONDS)) {
                throw new KurentoException("Kurento gathered no ICE candidates in " + GATHERING_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KurentoException("interrupted while gathering candidates");
        }
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

    /** Stops the recorder (waiting until the file is written) and releases everything. */
    Duration close(Instant now) {
        recorder.stopAndWait();
        pipeline.release();
        return Duration.between(startedAt, now);
    }
}

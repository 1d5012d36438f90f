package dev.callisto.media.kurento;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.MediaType;
import org.kurento.client.RecorderEndpoint;
import org.kurento.client.WebRtcEndpoint;
import org.kurento.commons.exception.KurentoException;

/**
 * The cameras of one call on Kurento, in the call's pipeline: each camera arrives on its own
 * WebRtcEndpoint with its own WebM recorder; each viewer gets an endpoint the others' cameras are
 * connected to, negotiated with an offer from Kurento. (Audio stays in the call's Composite.)
 */
final class KurentoVideo {

    private static final long GATHERING_SECONDS = 10;

    private final MediaPipeline pipeline;
    private final Path directory;
    private final long callId;
    private final Map<String, WebRtcEndpoint> cameras = new ConcurrentHashMap<>();
    private final Map<String, RecorderEndpoint> recorders = new ConcurrentHashMap<>();
    private final Map<String, WebRtcEndpoint> viewers = new ConcurrentHashMap<>();
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    KurentoVideo(MediaPipeline pipeline, Path directory, long callId) {
        this.pipeline = pipeline;
        this.directory = directory;
        this.callId = callId;
    }

    /** Publishes the participant's camera, recording it at once if the call is recorded already. */
    synchronized String publish(String participant, String sdpOffer, boolean recording) {
        WebRtcEndpoint camera = new WebRtcEndpoint.Builder(pipeline).build();
        Path file = directory.resolve(callId + "-" + participant + ".webm");
        RecorderEndpoint recorder = new RecorderEndpoint.Builder(
                        pipeline, file.toUri().toString())
                .withMediaProfile(MediaProfileSpecType.WEBM_VIDEO_ONLY)
                .build();
        camera.connect(recorder, MediaType.VIDEO);
        camera.processOffer(sdpOffer);
        gather(camera);
        if (recording) {
            recorder.record();
        }
        cameras.put(participant, camera);
        recorders.put(participant, recorder);
        files.put(participant, file);
        viewers.forEach((viewer, endpoint) -> {
            if (!viewer.equals(participant)) {
                camera.connect(endpoint, MediaType.VIDEO);
            }
        });
        return camera.getLocalSessionDescriptor();
    }

    boolean hasVideo() {
        return !cameras.isEmpty();
    }

    synchronized Optional<String> subscribe(String participant) {
        if (cameras.keySet().stream().allMatch(participant::equals)) {
            return Optional.empty();
        }
        WebRtcEndpoint viewer = new WebRtcEndpoint.Builder(pipeline).build();
        cameras.forEach((who, camera) -> {
            if (!who.equals(participant)) {
                camera.connect(viewer, MediaType.VIDEO);
            }
        });
        viewer.generateOffer();
        gather(viewer);
        WebRtcEndpoint previous = viewers.put(participant, viewer);
        if (previous != null) {
            previous.release();
        }
        return Optional.of(viewer.getLocalSessionDescriptor());
    }

    void start(String participant, String sdpAnswer) {
        WebRtcEndpoint viewer = viewers.get(participant);
        if (viewer == null) {
            throw new KurentoException("no video subscription for " + participant + " on call " + callId);
        }
        viewer.processAnswer(sdpAnswer);
    }

    /** The answer: every camera published so far starts recording. */
    synchronized void record() {
        recorders.values().forEach(RecorderEndpoint::record);
    }

    /** Stops every camera's recorder (waiting until its file is written): each participant's file. */
    synchronized Map<String, Path> close() {
        recorders.values().forEach(RecorderEndpoint::stopAndWait);
        return Map.copyOf(files);
    }

    /** Kurento answers once the endpoint has its candidates, so the SDP carries them (no trickle). */
    static void gather(WebRtcEndpoint endpoint) {
        CountDownLatch gathered = new CountDownLatch(1);
        endpoint.addIceGatheringDoneListener(e -> gathered.countDown());
        endpoint.gatherCandidates();
        try {
            if (!gathered.await(GATHERING_SECONDS, TimeUnit.SECONDS)) {
                throw new KurentoException("Kurento gathered no ICE candidates in " + GATHERING_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KurentoException("interrupted while gathering candidates");
        }
    }
}

package dev.callisto.media.kurento;

import dev.callisto.application.media.MediaPort;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kurento.client.KurentoClient;
import org.kurento.commons.exception.KurentoException;

/**
 * The production media server: Kurento. A call is a {@link KurentoCall} (one media pipeline with a
 * Composite mixer, a recorder and a player for music on hold) on the least loaded of the
 * configured media servers; the call stays on the server it started on.
 */
public final class KurentoMedia implements MediaPort, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KurentoMedia.class.getName());

    private final List<URI> servers;
    private final URI holdMusic;
    private final Clock clock;
    private final Map<URI, KurentoClient> clients = new ConcurrentHashMap<>();
    private final Map<Long, KurentoCall> calls = new ConcurrentHashMap<>();

    public KurentoMedia(List<URI> servers, URI holdMusic, Clock clock) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("Kurento needs at least one media server URL (callisto.kurento.urls)");
        }
        this.servers = List.copyOf(servers);
        this.holdMusic = holdMusic;
        this.clock = clock;
    }

    @Override
    public String engine() {
        return "kurento";
    }

    @Override
    public Path open(long callId, Path directory) {
        return calls.computeIfAbsent(callId, id -> {
                    Path file = directory.resolve(id + ".webm");
                    return KurentoCall.start(leastLoaded(), file, holdMusic);
                })
                .recording();
    }

    @Override
    public void record(long callId) {
        call(callId).record(clock.instant());
    }

    /** Kurento's RtpEndpoint would carry phones; not built yet, so phone calls need Janus. */
    @Override
    public RtpAddress connectRtp(long callId, String participant, RtpAddress remote, String codec) {
        throw new UnsupportedOperationException("phone legs are carried by the Janus adapter only, so far");
    }

    @Override
    public void announce(long callId, byte[] wav) {
        throw new UnsupportedOperationException(
                "announcements are for phone legs, which only the Janus adapter carries");
    }

    @Override
    public String connect(long callId, String participant, String sdpOffer, boolean muted) {
        return call(callId).connect(participant, sdpOffer, muted);
    }

    @Override
    public void mute(long callId, String participant, boolean muted) {
        KurentoCall call = calls.get(callId);
        if (call != null) {
            call.mute(participant, muted);
        }
    }

    @Override
    public void music(long callId, boolean playing) {
        KurentoCall call = calls.get(callId);
        if (call != null) {
            call.music(playing);
        }
    }

    @Override
    public void disconnect(long callId, String participant) {
        KurentoCall call = calls.get(callId);
        if (call != null) {
            call.disconnect(participant, clock.instant());
        }
    }

    @Override
    public String publishVideo(long callId, String participant, String sdpOffer) {
        return call(callId).publishVideo(participant, sdpOffer, clock.instant());
    }

    @Override
    public boolean hasVideo(long callId) {
        KurentoCall call = calls.get(callId);
        return call != null && call.video().hasVideo();
    }

    @Override
    public Optional<String> subscribeVideo(long callId, String participant) {
        return call(callId).video().subscribe(participant);
    }

    @Override
    public void startVideo(long callId, String participant, String sdpAnswer) {
        call(callId).video().start(participant, sdpAnswer);
    }

    @Override
    public Closed close(long callId) {
        KurentoCall call = calls.remove(callId);
        return call == null ? Closed.NOTHING : call.close(clock.instant());
    }

    @Override
    public boolean isAvailable() {
        for (URI server : servers) {
            try {
                client(server);
                return true;
            } catch (KurentoException e) {
                LOG.fine(() -> "Kurento at " + server + " not available: " + e.getMessage());
            }
        }
        return false;
    }

    private KurentoCall call(long callId) {
        KurentoCall call = calls.get(callId);
        if (call == null) {
            throw new IllegalStateException("call " + callId + " has no media pipeline");
        }
        return call;
    }

    /** The reachable media server with the fewest pipelines; new calls go there. */
    private KurentoClient leastLoaded() {
        KurentoClient best = null;
        int fewest = Integer.MAX_VALUE;
        for (URI server : servers) {
            try {
                KurentoClient client = client(server);
                int pipelines = client.getServerManager().getPipelines().size();
                if (pipelines < fewest) {
                    best = client;
                    fewest = pipelines;
                }
            } catch (KurentoException e) {
                LOG.warning("Kurento at " + server + " skipped: " + e.getMessage());
                clients.remove(server);
            }
        }
        if (best == null) {
            throw new KurentoException("no Kurento media server answers: " + servers);
        }
        return best;
    }

    private KurentoClient client(URI server) {
        return clients.computeIfAbsent(server, s -> KurentoClient.create(s.toString()));
    }

    @Override
    public void close() {
        clients.values().forEach(KurentoClient::destroy);
        clients.clear();
    }
}

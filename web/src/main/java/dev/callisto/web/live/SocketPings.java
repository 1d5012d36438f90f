package dev.callisto.web.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pings every open WebSocket (live feed, phones) every {@value #EVERY_SECONDS} s. Browsers answer
 * pings by themselves, so a page that sends nothing (the monitoring page) still has traffic both
 * ways and no proxy, load balancer or idle timeout drops it; a peer that is gone fails the ping
 * or stays silent (no pong, no message) for {@value #SILENT_SECONDS} s and its socket is closed,
 * which is how a browser that lost its network is noticed.
 */
@ApplicationScoped
public class SocketPings {

    static final int EVERY_SECONDS = 15;
    static final int SILENT_SECONDS = 3 * EVERY_SECONDS;

    /** The reason phrase of a socket this closes for silence. */
    public static final String SILENT = "not heard for too long";

    /** Each open socket and when its peer was last heard (a message or a pong). */
    private final Map<Session, Instant> sessions = new ConcurrentHashMap<>();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> pinging;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pinging = scheduler.scheduleAtFixedRate(this::pingAll, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (pinging != null) {
            pinging.cancel(false);
        }
    }

    public void watch(Session session) {
        sessions.put(session, Instant.now());
    }

    /** The peer spoke (a message or a pong): it is there. */
    public void heard(Session session) {
        sessions.computeIfPresent(session, (s, before) -> Instant.now());
    }

    /**
     * When the peer of a socket that just closed was last heard: now if the peer closed it (or the
     * connection broke), its last message or pong if this closed it for silence.
     */
    public Instant lastHeard(Session session, CloseReason reason) {
        boolean silent = reason != null && SILENT.equals(reason.getReasonPhrase());
        return silent ? sessions.getOrDefault(session, Instant.now()) : Instant.now();
    }

    public void forget(Session session) {
        sessions.remove(session);
    }

    private void pingAll() {
        Instant silentSince = Instant.now().minusSeconds(SILENT_SECONDS);
        for (Map.Entry<Session, Instant> entry : sessions.entrySet()) {
            Session session = entry.getKey();
            if (!session.isOpen()) {
                sessions.remove(session);
                continue;
            }
            if (entry.getValue().isBefore(silentSince)) {
                closeQuietly(session); // its @OnClose reads lastHeard first, so forget it there
                continue;
            }
            try {
                session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
            } catch (IOException | RuntimeException e) {
                closeQuietly(session);
            }
        }
    }

    private void closeQuietly(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, SILENT));
        } catch (IOException ignored) {
            // already gone: closing was only to make its @OnClose run
        }
    }
}

package dev.callisto.web.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pings every open WebSocket (live feed, phones) every {@value #EVERY_SECONDS} s. Browsers answer
 * pings by themselves, so a page that sends nothing (the monitoring page) still has traffic both
 * ways and no proxy, load balancer or idle timeout drops it; a peer that is gone fails the ping
 * and its socket closes, which is how a dead browser is noticed.
 */
@ApplicationScoped
public class SocketPings {

    static final int EVERY_SECONDS = 20;

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

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
        sessions.add(session);
    }

    public void forget(Session session) {
        sessions.remove(session);
    }

    private void pingAll() {
        for (Session session : sessions) {
            if (!session.isOpen()) {
                sessions.remove(session);
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
        sessions.remove(session);
        try {
            session.close();
        } catch (IOException ignored) {
            // already gone: closing was only to make its @OnClose run
        }
    }
}

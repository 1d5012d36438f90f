package dev.callisto.web.live;

import dev.callisto.application.live.LiveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open live connections by tenant; each event goes to its tenant's connections only. */
@ApplicationScoped
public class LiveSessions {

    private final Map<Long, Set<Session>> byTenant = new ConcurrentHashMap<>();

    void join(long tenantId, Session session) {
        byTenant.computeIfAbsent(tenantId, t -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void leave(Session session) {
        byTenant.values().forEach(sessions -> sessions.remove(session));
    }

    void push(@Observes LiveEvent event) {
        for (Session session : byTenant.getOrDefault(event.tenantId(), Set.of())) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(event.json());
            }
        }
    }
}

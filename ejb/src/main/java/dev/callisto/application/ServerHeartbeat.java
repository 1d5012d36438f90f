package dev.callisto.application;

import dev.callisto.domain.server.Heartbeat;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes {@link Heartbeat} every {@value #EVERY_SECONDS} s, and remembers the one the previous
 * server left, read at start-up before the first beat: recovery needs when the previous server
 * was last alive, not when this one started.
 */
@Singleton
@Startup
@PermitAll
public class ServerHeartbeat {

    static final int EVERY_SECONDS = 2;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private Instant previous;

    @PostConstruct
    void readPrevious() {
        Heartbeat last = em.find(Heartbeat.class, Heartbeat.ID);
        previous = last == null ? null : last.aliveAt();
    }

    /** When the previous server was last known alive; empty on a first start. */
    public Optional<Instant> previousServerAliveAt() {
        return Optional.ofNullable(previous);
    }

    @Schedule(second = "*/" + EVERY_SECONDS, minute = "*", hour = "*", persistent = false)
    public void beat() {
        Heartbeat heartbeat = em.find(Heartbeat.class, Heartbeat.ID);
        if (heartbeat == null) {
            em.persist(new Heartbeat(clock.instant()));
        } else {
            heartbeat.beat(clock.instant());
        }
    }
}

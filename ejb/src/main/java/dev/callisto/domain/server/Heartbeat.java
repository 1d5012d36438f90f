package dev.callisto.domain.server;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last moment the server was known alive, written every few seconds. After a crash, calls the
 * server could not follow end at this moment (or their own last step, if later) rather than at
 * the restart, so no duration counts the outage.
 */
@Entity
@Table(name = "server_heartbeat")
public class Heartbeat {

    public static final long ID = 1;

    @Id
    private Long id;

    private Instant aliveAt;

    protected Heartbeat() {}

    public Heartbeat(Instant aliveAt) {
        this.id = ID;
        this.aliveAt = aliveAt;
    }

    public void beat(Instant now) {
        aliveAt = now;
    }

    public Instant aliveAt() {
        return aliveAt;
    }
}

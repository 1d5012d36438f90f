package dev.callisto.domain.callrecord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event a projection has already applied. Its id is the primary key, so applying the same
 * event twice (a redelivery after a crash) fails to insert and is skipped.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_key", length = 100)
    private String eventKey;

    @Column(nullable = false)
    private Instant processedAt;

    protected ProcessedEvent() {}

    public ProcessedEvent(String projection, String eventId, Instant now) {
        this.eventKey = projection + ":" + eventId;
        this.processedAt = now;
    }
}

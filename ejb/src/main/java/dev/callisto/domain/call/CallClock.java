package dev.callisto.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/** How long a call spent queued, ringing and on hold, accumulated as it moves between statuses. */
@Embeddable
public class CallClock {

    @Column(nullable = false)
    private Instant statusSince;

    private long queueMillis;
    private long ringMillis;
    private long holdMillis;

    protected CallClock() {}

    CallClock(Instant now) {
        this.statusSince = now;
    }

    /** Books the time spent in {@code leaving} and starts timing the next status. */
    void next(CallStatus leaving, Instant now) {
        long spent = Duration.between(statusSince, now).toMillis();
        switch (leaving) {
            case QUEUED -> queueMillis += spent;
            case RINGING -> ringMillis += spent;
            case HOLD, CONSULTING, VERIFYING -> holdMillis += spent; // the customer waits, unheard
            default -> {}
        }
        statusSince = now;
    }

    long queueSeconds() {
        return queueMillis / 1000;
    }

    long ringSeconds() {
        return ringMillis / 1000;
    }

    long holdMillis() {
        return holdMillis;
    }
}

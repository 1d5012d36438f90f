package dev.callisto.media;

import dev.callisto.application.media.MediaPort;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Media servers drop quiet control connections (Janus after a minute); this keeps Callisto's alive. */
@Singleton
public class MediaKeepAlive {

    @Inject
    private MediaPort media;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void keepAlive() {
        media.heartbeat();
    }
}

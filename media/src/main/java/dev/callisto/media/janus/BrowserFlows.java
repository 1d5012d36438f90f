package dev.callisto.media.janus;

import dev.callisto.application.media.MediaPort.Flow;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what Janus reports unasked about a browser's AudioBridge handle into {@link Flow}s of the
 * call and participant behind it: {@code media} with {@code receiving} false when no audio came
 * for Janus's no-media timer ({@code seconds}, one second when absent), true when it comes back,
 * and {@code hangup} when the peer connection closed (a DTLS alert: the tab closed). Only
 * browsers are followed; a phone leg's RTP is the SIP edge's to watch.
 */
final class BrowserFlows {

    private static final Logger LOG = Logger.getLogger(BrowserFlows.class.getName());

    private record Leg(long callId, String participant) {}

    private final Map<Long, Leg> legs = new ConcurrentHashMap<>();
    private final Consumer<Flow> listener;
    private final Clock clock;

    BrowserFlows(Consumer<Flow> listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    void joined(long handle, long callId, String participant) {
        legs.put(handle, new Leg(callId, participant));
    }

    void left(long handle) {
        legs.remove(handle);
    }

    void leftCall(long callId) {
        legs.values().removeIf(leg -> leg.callId() == callId);
    }

    /** Janus went away: its handles went with it. */
    void forgetAll() {
        legs.clear();
    }

    /** Called on the Janus socket's thread: must not block, must not throw. */
    void unasked(JsonObject event) {
        try {
            String kind = event.getString("janus", "");
            if (!(event.get("sender") instanceof JsonNumber sender)) {
                return;
            }
            long handle = sender.longValue();
            Instant now = clock.instant();
            if (kind.equals("media") && "audio".equals(event.getString("type", ""))) {
                Leg leg = legs.get(handle);
                boolean arriving = event.getBoolean("receiving", true);
                Instant lastHeard = arriving ? now : now.minusSeconds(event.getInt("seconds", 1));
                tell(leg, arriving, lastHeard);
            } else if (kind.equals("hangup")) {
                tell(legs.remove(handle), false, now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not follow a Janus event: " + event, e);
        }
    }

    private void tell(Leg leg, boolean arriving, Instant lastHeard) {
        if (leg != null) {
            listener.accept(new Flow(leg.callId(), leg.participant(), arriving, lastHeard));
        }
    }
}

package dev.callisto.media.janus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.callisto.application.media.MediaPort.Flow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserFlowsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final List<Flow> told = new ArrayList<>();
    private final BrowserFlows flows = new BrowserFlows(told::add, Clock.fixed(NOW, ZoneOffset.UTC));

    private static JsonObject media(long handle, String type, boolean receiving) {
        return Json.createObjectBuilder()
                .add("janus", "media")
                .add("session_id", 1)
                .add("sender", handle)
                .add("mid", "0")
                .add("type", type)
                .add("receiving", receiving)
                .build();
    }

    @Test
    void audioThatStopsWasLastHeardWhenJanusStartedMissingIt() {
        flows.joined(7, 42, "customer");
        flows.unasked(media(7, "audio", false));
        flows.unasked(Json.createObjectBuilder(media(7, "audio", false))
                .add("seconds", 3)
                .build());
        flows.unasked(media(7, "audio", true));
        assertEquals(
                List.of(
                        new Flow(42, "customer", false, NOW.minusSeconds(1)),
                        new Flow(42, "customer", false, NOW.minusSeconds(3)),
                        new Flow(42, "customer", true, NOW)),
                told);
    }

    @Test
    void aHangupIsGoneAtOnceAndOnlyOnce() {
        flows.joined(7, 42, "agent-3");
        JsonObject hangup = Json.createObjectBuilder()
                .add("janus", "hangup")
                .add("sender", 7)
                .add("reason", "DTLS alert")
                .build();
        flows.unasked(hangup);
        flows.unasked(hangup);
        assertEquals(List.of(new Flow(42, "agent-3", false, NOW)), told);
    }

    @Test
    void handlesCallistoLeftOrDoesNotFollowAndVideoAreNotTold() {
        flows.joined(7, 42, "customer");
        flows.joined(8, 43, "customer");
        flows.joined(9, 43, "agent-1");
        flows.left(7);
        flows.leftCall(43);
        for (long handle : new long[] {7, 8, 9, 10}) {
            flows.unasked(media(handle, "audio", false));
        }
        flows.joined(11, 44, "customer");
        flows.unasked(media(11, "video", false));
        flows.unasked(Json.createObjectBuilder().add("janus", "webrtcup").build());
        assertEquals(List.of(), told);
    }
}

package dev.callisto.web.phone;

import dev.callisto.application.media.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The STUN and TURN servers every browser phone uses (customer pages and staff pages alike),
 * sent as {@code {"type":"ice","iceServers":[...],"refreshAt":...}} when its socket opens and
 * again when the page asks ({@code {"type":"ice"}}) because its credential is half used. Without
 * them a browser behind NAT or a strict firewall cannot reach the media server. Settings, read
 * each time so a change needs no redeployment: {@code callisto.ice.stun} (comma-separated
 * {@code stun:} URLs), {@code callisto.turn.urls} ({@code turn:}/{@code turns:} URLs, e.g.
 * {@code turn:turn.example.com:3478?transport=tcp}), the shared secret in the environment
 * ({@code CALLISTO_TURN_SECRET}, never in a file of the repository) and
 * {@code callisto.turn.ttl-seconds} (default 12 h, a working shift: TURN refuses a refresh of
 * the relay once its credential expired, which would cut a call in progress).
 */
@ApplicationScoped
public class IceServers {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Clock clock = Clock.systemUTC();

    String message(Participant who) {
        Instant now = clock.instant();
        Duration ttl = Duration.ofSeconds(Long.getLong("callisto.turn.ttl-seconds", 12 * 3600L));
        JsonArrayBuilder servers = JSON.createArrayBuilder();
        List<String> stun = urls("callisto.ice.stun");
        if (!stun.isEmpty()) {
            servers.add(JSON.createObjectBuilder().add("urls", JSON.createArrayBuilder(stun)));
        }
        List<String> turn = urls("callisto.turn.urls");
        String secret = secret();
        if (!turn.isEmpty() && secret != null) {
            // Who, as the TURN server logs it: the tenant, not the customer's or agent's name.
            TurnCredential credential = TurnCredential.mint(secret, "callisto-t" + who.tenantId(), now.plus(ttl));
            servers.add(JSON.createObjectBuilder()
                    .add("urls", JSON.createArrayBuilder(turn))
                    .add("username", credential.username())
                    .add("credential", credential.credential()));
        }
        JsonObjectBuilder m = JSON.createObjectBuilder()
                .add("type", "ice")
                .add("iceServers", servers)
                .add("refreshAt", now.plus(ttl.dividedBy(2)).toEpochMilli());
        return m.build().toString();
    }

    private static List<String> urls(String property) {
        return Arrays.stream(System.getProperty(property, "").split(","))
                .map(String::strip)
                .filter(u -> !u.isEmpty())
                .toList();
    }

    private static String secret() {
        String secret = System.getenv("CALLISTO_TURN_SECRET");
        return secret == null || secret.isBlank() ? System.getProperty("callisto.turn.secret") : secret;
    }
}

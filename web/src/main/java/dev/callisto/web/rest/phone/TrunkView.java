package dev.callisto.web.rest.phone;

import dev.callisto.application.phone.TrunkService.TrunkStatus;
import java.time.Instant;

/**
 * A trunk and its live status; the secret is never shown. {@code reachable} is what the SIP edge's
 * last check found (null before the first: OPTIONS, or a registering trunk's REGISTER),
 * {@code registered} whether a registering trunk's registration holds (null for an IP peer),
 * {@code lastError} why it is down, {@code edge}
 * where the SIP edge takes the carrier's calls (empty while it is down).
 */
public record TrunkView(
        long id,
        String name,
        String host,
        int port,
        String transport,
        boolean registering,
        String username,
        String callerId,
        int maxCalls,
        long callsInProgress,
        Boolean reachable,
        Boolean registered,
        String lastError,
        Instant checkedAt,
        String edge) {

    static TrunkView of(TrunkStatus s) {
        var t = s.trunk();
        return new TrunkView(
                t.id(),
                t.name(),
                t.host(),
                t.port(),
                t.transport().name(),
                t.registers(),
                t.username(),
                t.callerId(),
                t.maxCalls(),
                s.callsInProgress(),
                t.reachable(),
                t.isRegistered(Instant.now()),
                t.lastError(),
                t.checkedAt(),
                s.edge());
    }
}

package dev.callisto.web.rest.phone;

import dev.callisto.application.phone.TrunkService.TrunkStatus;

/**
 * A trunk and its live status; the secret is never shown. {@code edge} is where the SIP edge
 * takes the carrier's calls (empty while it is down).
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
                s.edge());
    }
}

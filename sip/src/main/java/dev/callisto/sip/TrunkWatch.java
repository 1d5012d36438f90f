package dev.callisto.sip;

import dev.callisto.application.phone.TrunkChecks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sip.ResponseEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;

/**
 * Checks every trunk's carrier with an OPTIONS every {@code callisto.sip.trunk-check-seconds}
 * (default 30; 0 turns the checks off): any answer means the carrier is there; no answer within 5 s means the trunk is
 * down. A registering trunk is registered instead ({@link TrunkRegistrations}): the REGISTER's answer
 * is its check. What each check finds goes to {@link TrunkChecks}, which tells when a trunk goes up or down.
 */
final class TrunkWatch {

    private static final Logger LOG = Logger.getLogger(TrunkWatch.class.getName());
    private static final long EVERY_SECONDS = Long.getLong("callisto.sip.trunk-check-seconds", 30);
    private static final long PATIENCE_SECONDS = 5;

    private final SipLines lines;
    private final TrunkChecks checks;
    private final TrunkRegistrations registrations;
    private final Map<String, Long> asking = new ConcurrentHashMap<>();

    TrunkWatch(SipLines lines) {
        this.lines = lines;
        this.checks = lines.services.checks();
        // Registered for three rounds, renewed every round: one lost answer never lets it lapse.
        this.registrations = new TrunkRegistrations(lines, (int) Math.max(60, 3 * EVERY_SECONDS), PATIENCE_SECONDS);
    }

    void start() {
        if (EVERY_SECONDS <= 0) {
            return; // checks off (the phone tests' carrier, sipp, takes no OPTIONS mid-scenario)
        }
        lines.timers.scheduleWithFixedDelay(this::round, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void round() {
        List<TrunkChecks.Carrier> carriers;
        try {
            carriers = checks.carriers();
        } catch (RuntimeException e) {
            LOG.fine(() -> "no trunks to check now: " + e);
            return;
        }
        for (TrunkChecks.Carrier c : carriers) {
            try {
                if (c.username() != null) {
                    registrations.register(c);
                } else {
                    ask(c);
                }
            } catch (Exception e) {
                checks.checked(c.trunkId(), false, "could not send a check: " + e.getMessage());
            }
        }
    }

    private void ask(TrunkChecks.Carrier c) throws Exception {
        Request options = lines.request(Request.OPTIONS, null, c.host(), c.port(), c.transport(), "callisto");
        String callId = SipLines.callIdOf(options);
        asking.put(callId, c.trunkId());
        lines.timers.schedule(() -> unanswered(callId), PATIENCE_SECONDS, TimeUnit.SECONDS);
        lines.provider.getNewClientTransaction(options).sendRequest();
    }

    /** The answer to a registering trunk's REGISTER. */
    void registered(ResponseEvent event) throws Exception {
        registrations.responded(event);
    }

    /** Any answer, even a refusal, means the carrier is there. */
    void answered(ResponseEvent event) {
        Long trunkId = asking.remove(((CallIdHeader) event.getResponse().getHeader(CallIdHeader.NAME)).getCallId());
        if (trunkId != null) {
            String detail = event.getResponse().getStatusCode() + " "
                    + event.getResponse().getReasonPhrase();
            lines.work.submit(() -> checks.checked(trunkId, true, detail));
        }
    }

    private void unanswered(String callId) {
        Long trunkId = asking.remove(callId);
        if (trunkId != null) {
            checks.checked(trunkId, false, "no answer to OPTIONS within " + PATIENCE_SECONDS + " s");
        }
    }
}

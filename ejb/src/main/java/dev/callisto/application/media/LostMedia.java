package dev.callisto.application.media;

import dev.callisto.application.call.GoneParties;
import dev.callisto.application.media.MediaPort.Flow;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A browser whose audio the media server stopped receiving (network lost, ICE failed, the tab
 * closed while its socket lingers) is gone once its media stays away for {@link #GRACE}: a
 * customer hangs up as of when last heard, an agent gives the call back to the queue. Audio
 * arriving again within the grace (a network blip, a Wi-Fi handover) keeps the call as it was.
 * The signalling socket closing is followed on its own by the web tier; whichever notices first
 * ends the party, the other then finds nothing to do.
 */
@ApplicationScoped
public class LostMedia {

    static final Duration GRACE = Duration.ofSeconds(8);

    private static final Logger LOG = Logger.getLogger(LostMedia.class.getName());
    // The names Participant.mediaName gives.
    private static final String CUSTOMER = "customer";
    private static final String AGENT = "agent-";

    private record Leg(long callId, String participant) {}

    private final Map<Leg, Instant> unheard = new ConcurrentHashMap<>();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private GoneParties parties;

    void flow(@Observes Flow flow) {
        Leg leg = new Leg(flow.callId(), flow.participant());
        if (flow.arriving()) {
            unheard.remove(leg);
            return;
        }
        if (unheard.putIfAbsent(leg, flow.lastHeard()) == null) {
            scheduler.schedule(() -> settle(leg, flow.lastHeard()), GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Still unheard since the same moment: no audio came back meanwhile. */
    private void settle(Leg leg, Instant since) {
        if (!unheard.remove(leg, since)) {
            return;
        }
        try {
            if (leg.participant().equals(CUSTOMER)) {
                parties.customerMediaGone(leg.callId(), since);
            } else if (leg.participant().startsWith(AGENT)) {
                parties.agentMediaGone(
                        leg.callId(), Long.parseLong(leg.participant().substring(AGENT.length())), since);
            }
        } catch (RuntimeException e) {
            // A concurrent change (the other side hung up meanwhile) wins; nothing is left half done.
            LOG.log(Level.WARNING, "could not settle " + leg + " whose media was lost", e);
        }
    }
}

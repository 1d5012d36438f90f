package dev.callisto.application.call;

import dev.callisto.application.ServerHeartbeat;
import dev.callisto.application.routing.ContactFlow;
import dev.callisto.application.routing.RecoveryStep;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, settles the calls the previous server left open. A queued call keeps its place
 * (routing rebuilds its queue from the contacts, in order) and is offered when an agent is free;
 * a ringing call's offer is withdrawn and it goes back to its place. A call an agent had, or one
 * in the IVR, lost its media with the server: it ends FAILED, cut by the restart, at the last
 * moment the server knew it alive, and its agents are free at once.
 */
@Stateless
@LocalBean
@Local(RecoveryStep.class)
@PermitAll
public class CallRecovery implements RecoveryStep {

    private static final Logger LOG = Logger.getLogger(CallRecovery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallEnding ending;

    @Inject
    private ContactFlow contacts;

    @Inject
    private CallJournal journal;

    @Inject
    private ServerHeartbeat heartbeat;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void beforeRouting() {
        CallRecovery self = session.getBusinessObject(CallRecovery.class);
        Instant lastAlive = heartbeat.previousServerAliveAt().orElse(clock.instant());
        var open = em.createQuery("select c.id from Call c where c.status <> :ended order by c.id", Long.class)
                .setParameter("ended", CallStatus.ENDED)
                .getResultList();
        for (long callId : open) {
            try {
                self.recover(callId, lastAlive);
            } catch (RuntimeException e) {
                // One inconsistent call must not keep routing (and the whole application) down.
                LOG.log(Level.SEVERE, "could not settle call " + callId + " left open by the previous server", e);
            }
        }
        if (!open.isEmpty()) {
            LOG.info("Settled " + open.size() + " calls left open by the previous server, last alive at " + lastAlive);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recover(long callId, Instant lastAlive) {
        Call call = em.find(Call.class, callId);
        if (call == null || call.status() == CallStatus.ENDED) {
            return;
        }
        Instant at = lastKnown(call, lastAlive);
        switch (call.status()) {
            case QUEUED ->
                journal.step(call, "kept-through-restart", null, "still waiting, in its place", clock.instant());
            case RINGING -> contacts.withdraw(call.contactId(), at);
            default -> ending.cut(call, at);
        }
    }

    /** The heartbeat, or the call's own last step if that came after it (both before now). */
    private Instant lastKnown(Call call, Instant lastAlive) {
        Instant at = journal.notBeforeLastStep(call, lastAlive);
        Instant now = clock.instant();
        return at.isAfter(now) ? now : at;
    }
}

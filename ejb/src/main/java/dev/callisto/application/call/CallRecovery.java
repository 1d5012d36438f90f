package dev.callisto.application.call;

import dev.callisto.application.routing.RecoveryStep;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, ends every call the previous server left open: their media died with it, so
 * nobody is really on them. Each ends as FAILED, its contact is withdrawn or completed and its
 * agents are released, so that no agent stays ringing or talking on a dead call.
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
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void beforeRouting() {
        CallRecovery self = session.getBusinessObject(CallRecovery.class);
        var open = em.createQuery("select c.id from Call c where c.status <> :ended", Long.class)
                .setParameter("ended", CallStatus.ENDED)
                .getResultList();
        for (long callId : open) {
            try {
                self.fail(callId);
            } catch (RuntimeException e) {
                // One inconsistent call must not keep routing (and the whole application) down.
                LOG.log(Level.SEVERE, "could not end call " + callId + " left open by the previous server", e);
            }
        }
        if (!open.isEmpty()) {
            LOG.info("Ended " + open.size() + " calls left open by the previous server");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long callId) {
        Call call = em.find(Call.class, callId);
        if (call != null && call.status() != CallStatus.ENDED) {
            ending.end(call, Party.SYSTEM, CallResult.FAILED, clock.instant());
        }
    }
}

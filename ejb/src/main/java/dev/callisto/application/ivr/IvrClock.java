package dev.callisto.application.ivr;

import dev.callisto.domain.ivr.IvrVisit;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
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

/** Every second, callers whose menu waited in vain get the flow's answer to silence, each in its own transaction. */
@Stateless
@PermitAll
public class IvrClock {

    private static final Logger LOG = Logger.getLogger(IvrClock.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IvrCalls calls;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        IvrClock self = session.getBusinessObject(IvrClock.class);
        em.createNamedQuery("IvrVisit.waitingUntil", IvrVisit.class)
                .setParameter("now", clock.instant())
                .setMaxResults(500)
                .getResultStream()
                .map(IvrVisit::callId)
                .toList()
                .forEach(callId -> {
                    try {
                        self.expire(callId);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "IVR timeout of call " + callId + " failed", e);
                    }
                });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire(long callId) {
        calls.visit(callId)
                .filter(visit ->
                        visit.waitingUntil() != null && !visit.waitingUntil().isAfter(clock.instant()))
                .ifPresent(calls::timeOut);
    }
}

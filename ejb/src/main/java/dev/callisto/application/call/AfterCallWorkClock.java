package dev.callisto.application.call;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every second, ends the after-call work whose time is up. */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AfterCallWorkClock {

    private static final Logger LOG = Logger.getLogger(AfterCallWorkClock.class.getName());

    @Inject
    private AfterCallWorkService afterCallWork;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void tick() {
        for (long agentId : afterCallWork.overdue()) {
            try {
                afterCallWork.expire(agentId);
            } catch (RuntimeException e) {
                // The agent changed meanwhile (finished by hand, for instance); the next tick looks again.
                LOG.log(Level.FINE, "after-call work of agent " + agentId + " not ended", e);
            }
        }
    }
}

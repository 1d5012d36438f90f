package dev.callisto.application.routing;

import dev.callisto.application.PresenceLog.AgentChanged;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.routing.Admission;
import dev.callisto.domain.routing.Offer;
import dev.callisto.domain.routing.Overflow;
import dev.callisto.domain.routing.RoutingEngine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the routing engine inside the server. It feeds the engine committed changes (passed on
 * by {@link RoutingFeed} after commit), turns the engine's offers into durable ones through {@link ContactFlow}, and
 * every second rings out overdue offers and overflows overdue contacts. At start-up it withdraws
 * offers left open by a crash and rebuilds the engine from the database.
 */
@Singleton
@Startup
@DependsOn({"DemoTenant", "ServerHeartbeat"})
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Router {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    /** Rounds of offers per dispatch; whatever is left waits for the next tick. */
    private static final int MAX_ROUNDS = 50;

    private final RoutingEngine engine = new RoutingEngine(new SecureRandom());
    private final ThreadLocal<Boolean> dispatching = ThreadLocal.withInitial(() -> false);
    private final ThreadLocal<Boolean> dispatchAgain = ThreadLocal.withInitial(() -> false);

    @Inject
    private RoutingSnapshots snapshots;

    @Inject
    private ContactFlow flow;

    @Inject
    private Clock clock;

    @Inject
    private Instance<RecoveryStep> recoverySteps;

    @Inject
    private RoutingReadiness readiness;

    @PostConstruct
    void recover() {
        recoverySteps.forEach(RecoveryStep::beforeRouting);
        snapshots.openContacts().stream()
                .filter(c -> c.status() == ContactStatus.OFFERED)
                .forEach(c -> flow.withdraw(c.id()));
        snapshots.groups().forEach(g -> engine.defineGroup(g.groupId(), g.rules()));
        snapshots.agents().forEach(engine::updateAgent);
        for (Contact c : snapshots.openContacts()) {
            if (c.status() == ContactStatus.WAITING) {
                engine.enqueue(
                        c.id(),
                        c.skillGroupId(),
                        c.kind(),
                        c.priority(),
                        c.enqueuedAt().toEpochMilli(),
                        c.preferredAgentId(),
                        c.requiredAgentId());
            } else if (c.status() == ContactStatus.ANSWERED) {
                engine.restoreInHand(c.id(), c.agentId(), c.skillGroupId(), c.kind());
            }
        }
        readiness.ready();
        dispatch();
    }

    /** Fed by {@link RoutingFeed} after each commit. */
    public void onContact(ContactChanged change) {
        switch (change.change()) {
            case QUEUED -> admit(change);
            case ACCEPTED -> engine.accepted(change.contactId());
            case MISSED -> engine.missed(change.contactId());
            case MOVED -> engine.move(change.contactId(), change.groupId(), clock.millis());
            case FINISHED -> engine.finished(change.contactId(), change.handleSeconds());
        }
        dispatch();
    }

    public void onAgent(AgentChanged change) {
        engine.updateAgent(snapshots.agent(change.agentId()));
        dispatch();
    }

    public void onSkillGroup(SkillGroupChanged change) {
        snapshots.group(change.groupId()).ifPresent(g -> engine.defineGroup(g.groupId(), g.rules()));
        change.agentIds().forEach(id -> engine.updateAgent(snapshots.agent(id)));
        dispatch();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void tick() {
        long now = clock.millis();
        for (Offer due : engine.dueOffers(now)) {
            attempt("ring out " + due, () -> flow.ringOut(due.contactId(), due.agentId()));
        }
        for (Overflow due : engine.dueOverflows(now)) {
            attempt("overflow " + due, () -> flow.overflow(due));
        }
        engine.timePassed();
        dispatch();
    }

    public OptionalInt position(long contactId) {
        return engine.position(contactId);
    }

    public long estimatedWaitSeconds(long contactId) {
        return engine.estimatedWaitSeconds(contactId);
    }

    private void admit(ContactChanged c) {
        Admission admission = engine.enqueue(
                c.contactId(),
                c.groupId(),
                c.kind(),
                c.priority(),
                c.enqueuedAtMillis(),
                c.preferredAgentId(),
                c.requiredAgentId());
        if (!admission.queued()) {
            attempt(
                    "overflow on arrival " + c.contactId(),
                    () -> flow.overflowOnArrival(c.contactId(), admission.overflow()));
        }
    }

    /**
     * Makes every offer the engine proposes durable. Observers fired by those very offers call back
     * in here on the same thread; they only ask for another round instead of nesting.
     */
    private void dispatch() {
        if (dispatching.get()) {
            dispatchAgain.set(true);
            return;
        }
        dispatching.set(true);
        int rounds = 0;
        try {
            do {
                dispatchAgain.set(false);
                for (Offer offer : engine.dispatch(clock.millis())) {
                    try {
                        flow.offer(offer);
                    } catch (RuntimeException e) {
                        // The database moved on (agent no longer idle, contact gone): undo and re-read the agent.
                        LOG.log(Level.FINE, "offer not made: " + offer, e);
                        engine.cancelled(offer.contactId());
                        engine.updateAgent(snapshots.agent(offer.agentId()));
                        dispatchAgain.set(true);
                    }
                }
            } while (dispatchAgain.get() && ++rounds < MAX_ROUNDS);
        } finally {
            dispatching.set(false);
        }
    }

    private static void attempt(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // Left in place, the engine offers the same step again on the next tick.
            LOG.log(Level.WARNING, what + " failed; retrying next second", e);
        }
    }
}

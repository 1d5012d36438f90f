package dev.callisto.application.routing;

import dev.callisto.application.PresenceLog.AgentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Passes committed changes to the {@link Router}, once it is ready for them. */
@ApplicationScoped
public class RoutingFeed {

    @Inject
    private RoutingReadiness readiness;

    @Inject
    private Router router;

    void onContact(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactChanged change) {
        if (readiness.isReady()) {
            router.onContact(change);
        }
    }

    void onAgent(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChanged change) {
        if (readiness.isReady()) {
            router.onAgent(change);
        }
    }

    void onSkillGroup(@Observes(during = TransactionPhase.AFTER_SUCCESS) SkillGroupChanged change) {
        if (readiness.isReady()) {
            router.onSkillGroup(change);
        }
    }
}

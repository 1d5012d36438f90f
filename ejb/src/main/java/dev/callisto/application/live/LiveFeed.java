package dev.callisto.application.live;

import dev.callisto.domain.tenant.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Hands events from the topic to the live pages of their tenant (as CDI events the web layer
 * observes), and tells the web layer which tenant a signed-in user watches.
 */
@Stateless
@PermitAll
public class LiveFeed {

    @Inject
    private Event<LiveEvent> live;

    @PersistenceContext
    private EntityManager em;

    /** No transaction: firing an event to the pages needs none, and this runs for every event. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void publish(long tenantId, String type, String json) {
        live.fire(new LiveEvent(tenantId, type, json));
    }

    /** The tenant of a signed-in login, for a live connection the web layer has already let in by role. */
    public Optional<Long> tenantOf(String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .map(UserAccount::tenantId);
    }
}

package dev.callisto.application.call;

import dev.callisto.domain.call.CustomerPin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Verifies against the customer's stored PIN hash; no PIN stored means not verified. */
@ApplicationScoped
public class StoredPinVerifier implements CustomerVerifier {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean verify(long tenantId, String customer, String pin) {
        return em.createNamedQuery("CustomerPin.find", CustomerPin.class)
                .setParameter("tenantId", tenantId)
                .setParameter("customer", customer)
                .getResultStream()
                .findFirst()
                .map(p -> p.matches(pin))
                .orElse(false);
    }
}

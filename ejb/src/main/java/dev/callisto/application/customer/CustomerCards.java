package dev.callisto.application.customer;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.customer.CardLayout;
import dev.callisto.domain.customer.CustomerCard;
import dev.callisto.domain.customer.CustomerKey;
import dev.callisto.domain.field.FieldDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Customer cards of the caller's tenant: staff read and edit a customer's card on the screen pop,
 * admins choose the card's custom fields.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CustomerCards {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The tenant's card fields; none (and nothing stored) until an admin chooses some. */
    public CardLayout layout() {
        CardLayout layout = em.find(CardLayout.class, caller.tenantId());
        return layout != null ? layout : new CardLayout(caller.tenantId());
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("customer-card.fields")
    public CardLayout changeLayout(List<FieldDefinition> fields) {
        CardLayout layout = layout();
        layout.change(fields);
        return em.merge(layout);
    }

    /** The customer's card; a new, unsaved one when nobody wrote one yet. */
    public CustomerCard of(String customer) {
        String key = checked(customer);
        return em.createQuery(
                        "select c from CustomerCard c where c.tenantId = :tenantId and c.customer = :customer",
                        CustomerCard.class)
                .setParameter("tenantId", caller.tenantId())
                .setParameter("customer", key)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> new CustomerCard(caller.tenantId(), key));
    }

    public CustomerCard save(
            String customer, String name, List<String> tags, String notes, Map<String, Object> values) {
        CustomerCard card = of(customer);
        card.edit(name, tags, notes, layout().normalise(values), caller.login(), clock.instant());
        if (card.id() == null) {
            em.persist(card);
        }
        return card;
    }

    private static String checked(String customer) {
        return CustomerKey.of(customer);
    }
}

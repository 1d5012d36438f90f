package dev.callisto.application.visitor;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.customer.CustomerKey;
import dev.callisto.domain.tenant.Tenant;
import dev.callisto.domain.tenant.VisitorToken;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Signed visitor tokens for customer pages. An anonymous visitor gets a fresh visitor id that
 * lasts 30 days on their device; a tenant's own site (or its admin) vouches for a known customer,
 * such as a signed-in member's phone number, with a shorter-lived token.
 */
@Stateless
public class VisitorSessions {

    static final Duration ANONYMOUS = Duration.ofDays(30);
    static final Duration VOUCHED = Duration.ofHours(12);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** A token for a visitor of the tenant's pages: the same visitor again if their token is still good. */
    @PermitAll
    public String start(String tenantCode, String existingToken) {
        Tenant tenant = em.createNamedQuery("Tenant.findByCode", Tenant.class)
                .setParameter("code", tenantCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("tenant", tenantCode));
        if (existingToken != null && !existingToken.isBlank()) {
            try {
                VisitorToken.verify(existingToken, tenant.visitorSecret(), clock.instant());
                return existingToken;
            } catch (ForbiddenException expiredOrForeign) {
                // a stale or foreign token: start over as a new visitor
            }
        }
        String visitor = "v-" + UUID.randomUUID();
        return new VisitorToken(tenant.id(), visitor, clock.instant().plus(ANONYMOUS)).sign(tenant.visitorSecret());
    }

    /** A token for a customer the tenant knows (a number or member id), minted by its admins. */
    @RolesAllowed(Roles.ADMIN)
    @Audited("visitor-token.mint")
    public String vouchFor(String customer) {
        String key = CustomerKey.of(customer); // the token's fields are |-separated: CustomerKey has none
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        return new VisitorToken(tenant.id(), key, clock.instant().plus(VOUCHED)).sign(tenant.visitorSecret());
    }

    /**
     * Who a token speaks for.
     *
     * @throws ForbiddenException if it is forged, of an unknown tenant or expired
     */
    @PermitAll
    public VisitorToken verify(String token) {
        long tenantId;
        try {
            tenantId = VisitorToken.claimedTenant(token);
        } catch (RuntimeException e) {
            throw new ForbiddenException("not a valid visitor token");
        }
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new ForbiddenException("not a valid visitor token");
        }
        return VisitorToken.verify(token, tenant.visitorSecret(), clock.instant());
    }
}

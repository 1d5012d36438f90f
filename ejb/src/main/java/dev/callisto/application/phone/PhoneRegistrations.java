package dev.callisto.application.phone;

import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentPhone;
import dev.callisto.domain.phone.SipDigest;
import dev.callisto.domain.tenant.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Desk phones registering with the SIP edge: the edge challenges, this side checks the answer
 * against the agent's SIP account (the password's hash never leaves it), counts wrong passwords
 * towards the lockout and keeps where the phone is.
 */
@Stateless
@PermitAll
public class PhoneRegistrations {

    private static final Logger LOG = Logger.getLogger(PhoneRegistrations.class.getName());

    public enum Outcome {
        REGISTERED,
        UNAUTHORIZED,
        LOCKED,
        UNKNOWN_DOMAIN
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Whether {@code domain} is a tenant's SIP domain (its code). */
    public boolean knows(String domain) {
        return tenant(domain).isPresent();
    }

    /**
     * A REGISTER's answer to the edge's challenge, for {@code contact} ({@code host:port}) for
     * {@code seconds} (0 unregisters).
     */
    public Outcome register(String domain, SipDigest.Answer answer, String contact, long seconds) {
        Optional<Tenant> tenant = tenant(domain);
        if (tenant.isEmpty()) {
            return Outcome.UNKNOWN_DOMAIN;
        }
        AgentPhone phone = em.createNamedQuery("Agent.findByLogin", Agent.class)
                .setParameter("tenantId", tenant.get().id())
                .setParameter("login", answer.username())
                .getResultStream()
                .findFirst()
                .map(agent -> em.find(AgentPhone.class, agent.id()))
                .orElse(null);
        Instant now = clock.instant();
        if (phone == null || !phone.hasSipAccount()) {
            LOG.warning(() -> "refused a registration for " + answer.username() + "@" + domain + ": no SIP account");
            return Outcome.UNAUTHORIZED;
        }
        if (phone.isLocked(now)) {
            return Outcome.LOCKED;
        }
        if (!phone.authenticate(answer, "REGISTER", now)) {
            LOG.warning(() -> "wrong SIP password for " + answer.username() + "@" + domain
                    + (phone.isLocked(now) ? ": locked until " + phone.lockedUntil() : ""));
            return phone.isLocked(now) ? Outcome.LOCKED : Outcome.UNAUTHORIZED;
        }
        phone.register(contact, seconds, now);
        return Outcome.REGISTERED;
    }

    private Optional<Tenant> tenant(String domain) {
        return em.createNamedQuery("Tenant.findByCode", Tenant.class)
                .setParameter("code", domain)
                .getResultStream()
                .findFirst();
    }
}

package dev.callisto.application.call;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.call.BlacklistEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenant's blacklist: supervisors and admins manage it; agents add the caller they are talking to. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class BlacklistService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public List<BlacklistEntry> list() {
        return em.createQuery(
                        "select b from BlacklistEntry b where b.tenantId = :tenantId order by b.caller",
                        BlacklistEntry.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    @Audited("blacklist.add")
    public BlacklistEntry add(String callerId, String reason, Instant expiresAt) {
        long tenantId = caller.tenantId();
        if (find(tenantId, callerId).isPresent()) {
            throw new ConflictException(callerId + " is already on the blacklist");
        }
        BlacklistEntry entry =
                new BlacklistEntry(tenantId, callerId, reason, expiresAt, caller.login(), clock.instant());
        em.persist(entry);
        return entry;
    }

    @Audited("blacklist.change")
    public BlacklistEntry change(long id, String reason, Instant expiresAt) {
        BlacklistEntry entry = entry(id);
        entry.change(reason, expiresAt);
        return entry;
    }

    @Audited("blacklist.remove")
    public void remove(long id) {
        em.remove(entry(id));
    }

    private Optional<BlacklistEntry> find(long tenantId, String callerId) {
        return em.createNamedQuery("BlacklistEntry.find", BlacklistEntry.class)
                .setParameter("tenantId", tenantId)
                .setParameter("caller", callerId)
                .getResultStream()
                .findFirst();
    }

    private BlacklistEntry entry(long id) {
        BlacklistEntry entry = em.find(BlacklistEntry.class, id);
        if (entry == null || entry.tenantId() != caller.tenantId()) {
            throw new NotFoundException("blacklist entry", id);
        }
        return entry;
    }
}

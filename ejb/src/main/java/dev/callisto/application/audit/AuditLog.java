package dev.callisto.application.audit;

import dev.callisto.application.Caller;
import dev.callisto.application.Page;
import dev.callisto.application.PagedQuery;
import dev.callisto.application.Roles;
import dev.callisto.domain.audit.AuditEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The tenant's audit log, for its admins: search it, or export a search like call records. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLog {

    public record Query(String actor, String action, Instant from, Instant to) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Page<AuditEntry> search(Query q, int page, int size) {
        return new PagedQuery<>(AuditEntry.class, caller.tenantId())
                .filter("e.actor = :actor", "actor", q.actor())
                .filter("e.action like :action", "action", q.action() == null ? null : q.action() + "%")
                .filter("e.at >= :from", "from", q.from())
                .filter("e.at < :to", "to", q.to())
                .fetch(em, "e.at desc, e.id desc", page, size);
    }
}

package dev.callisto.application;

import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.BreakReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The tenant's list of break reasons. Everyone reads it (agents pick from it); admins edit it. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class BreakReasonService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<BreakReason> list() {
        return em.createNamedQuery("BreakReason.list", BreakReason.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    @Audited("break-reason.create")
    public BreakReason create(String code, String label) {
        long tenantId = caller.tenantId();
        if (!em.createNamedQuery("BreakReason.findByCode", BreakReason.class)
                .setParameter("tenantId", tenantId)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("code", "break reason " + code + " already exists");
        }
        BreakReason reason = new BreakReason(tenantId, code, label);
        em.persist(reason);
        return reason;
    }

    /** Reasons are retired rather than deleted, because past breaks refer to them by code. */
    @Audited("break-reason.update")
    public BreakReason update(long id, String label, boolean active) {
        BreakReason reason = em.find(BreakReason.class, id);
        if (reason == null || !list().contains(reason)) {
            throw new NotFoundException("break reason", id);
        }
        reason.relabel(label, active);
        return reason;
    }
}

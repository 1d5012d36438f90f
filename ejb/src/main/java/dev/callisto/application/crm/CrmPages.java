package dev.callisto.application.crm;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.application.call.CallAccess;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.crm.CrmPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The tenant's CRM page setting (admins) and its address for a call on an agent's screen pop. */
@Stateless
public class CrmPages {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallAccess access;

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public CrmPage setting() {
        return find();
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("crm-page.change")
    public CrmPage change(String urlTemplate, List<String> allowedHosts) {
        CrmPage page = find();
        page.change(urlTemplate, allowedHosts);
        return page;
    }

    /** The CRM page for a call the caller may see, with its number, call id and the signed-in login. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Optional<String> forCall(long callId) {
        Call call = access.call(callId);
        access.requireVisible(call);
        return Optional.ofNullable(find().urlFor(call.customer(), call.id(), caller.login()));
    }

    private CrmPage find() {
        CrmPage page = em.find(CrmPage.class, caller.tenantId());
        if (page == null) {
            page = new CrmPage(caller.tenantId());
            em.persist(page);
        }
        return page;
    }
}

package dev.callisto.web.rest.crm;

import dev.callisto.application.Roles;
import dev.callisto.application.crm.CrmPages;
import dev.callisto.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /calls/{id}/crm-page}: the tenant's CRM page for this call (404 when the tenant has none). */
@Path("/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CallCrmResource {

    @Inject
    private CrmPages pages;

    public record CallPage(String url) {}

    @GET
    @Path("/{id}/crm-page")
    public CallPage page(@PathParam("id") long callId) {
        return pages.forCall(callId)
                .map(CallPage::new)
                .orElseThrow(() -> new NotFoundException("CRM page", "of this tenant"));
    }
}

package dev.callisto.web.rest.crm;

import dev.callisto.application.Roles;
import dev.callisto.application.crm.CrmPages;
import dev.callisto.domain.crm.CrmPage;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The CRM page of the agent desk's screen pop: admins set the URL template and the hosts it may
 * point to; {@link CallCrmResource} fills it in for a call.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CrmResource {

    @Inject
    private CrmPages pages;

    @Inject
    private RequestValidator validator;

    public record CrmForm(@NotBlank @Size(max = 1000) String urlTemplate, @NotEmpty List<String> allowedHosts) {}

    public record CrmView(String urlTemplate, List<String> allowedHosts) {
        static CrmView of(CrmPage p) {
            return new CrmView(p.urlTemplate(), p.allowedHosts());
        }
    }

    @GET
    @Path("crm-page")
    public CrmView get() {
        return CrmView.of(pages.setting());
    }

    @PUT
    @Path("crm-page")
    @RolesAllowed(Roles.ADMIN)
    public CrmView change(CrmForm form) {
        validator.valid(form);
        return CrmView.of(pages.change(form.urlTemplate(), form.allowedHosts()));
    }
}

package dev.callisto.web.rest.visitor;

import dev.callisto.application.Roles;
import dev.callisto.application.visitor.VisitorSessions;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Mints a visitor token for a customer the tenant knows (its site's signed-in member, by number),
 * so their customer page shows their own tickets. For a tenant's backend, with an admin login.
 */
@Path("/visitor-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class VisitorTokenResource {

    @Inject
    private VisitorSessions sessions;

    @Inject
    private RequestValidator validator;

    public record CustomerForm(@NotBlank @Size(max = 80) String customer) {}

    @POST
    public Map<String, String> mint(CustomerForm form) {
        validator.valid(form);
        return Map.of("token", sessions.vouchFor(form.customer()));
    }
}

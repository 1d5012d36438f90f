package dev.callisto.application.audit;

import dev.callisto.application.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/** A staff member opened a page session (after BASIC or Keycloak sign-in): one audit line per session. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class SignIns {

    @Audited("sign-in")
    public void signedIn(String how) {
        // the audit line is the point; AuditRecorder writes it with who, when and from where
    }
}

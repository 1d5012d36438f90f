package dev.callisto.web.rest.visitor;

import dev.callisto.application.visitor.VisitorSessions;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.tenant.VisitorToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the customer page's visitor token from {@value #HEADER} and verifies it; no token, no access. */
@ApplicationScoped
public class VisitorAuth {

    public static final String HEADER = "X-Visitor-Token";

    @Inject
    private VisitorSessions sessions;

    public VisitorToken verify(String token) {
        if (token == null || token.isBlank()) {
            throw new ForbiddenException("a visitor token is required in " + HEADER);
        }
        return sessions.verify(token);
    }
}

package dev.callisto.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses a token Keycloak no longer counts as active (revoked, or its session signed out in
 * Keycloak or another application), within {@link TokenIntrospection#FRESH_SECONDS} s: a bearer
 * token on the API and the WebSockets, and the token behind a page's session, whose session is
 * then ended so the next page asks to sign in again. The token's signature was already checked by
 * elytron-oidc-client before this runs.
 */
@WebFilter(urlPatterns = "/*")
public class RevokedTokenFilter implements Filter {

    private Optional<TokenIntrospection> introspection = Optional.empty();

    @Override
    public void init(FilterConfig config) {
        introspection = TokenIntrospection.configured();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String token = introspection.isEmpty() ? null : tokenOf(http);
        if (token != null && !introspection.get().active(token)) {
            boolean page = http.getSession(false) != null && http.getHeader("Authorization") == null;
            if (page) {
                http.getSession(false).invalidate();
            }
            if (page && !http.getServletPath().startsWith("/api/")) {
                // The same page again, now without a session: the sign-in starts over at Keycloak.
                ((HttpServletResponse) response).sendRedirect(http.getRequestURI());
            } else {
                refuse((HttpServletResponse) response);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The bearer token of an API call, or the access token elytron keeps for a page's session. */
    private static String tokenOf(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        Object principal = request.getUserPrincipal();
        if (principal == null || !principal.getClass().getName().endsWith("OidcPrincipal")) {
            return null;
        }
        try {
            // Reflection keeps this module free of elytron's internal OIDC classes (OidcPrincipal
            // → OidcSecurityContext.getTokenString()); on any other shape there is nothing to check.
            Object context =
                    principal.getClass().getMethod("getOidcSecurityContext").invoke(principal);
            Object token = context.getClass().getMethod("getTokenString").invoke(context);
            return token instanceof String s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static void refuse(HttpServletResponse http) throws IOException {
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader(
                "WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"revoked or signed out\"");
        http.setContentType("application/problem+json");
        http.getWriter()
                .write("{\"type\":\"https://callisto.dev/problems/unauthorized\",\"title\":\"Unauthorized\","
                        + "\"status\":401,\"detail\":\"this token was revoked or its session signed out\"}");
    }
}

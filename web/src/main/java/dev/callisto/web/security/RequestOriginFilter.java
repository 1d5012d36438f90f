package dev.callisto.web.security;

import dev.callisto.application.audit.RequestOrigin;
import dev.callisto.application.audit.SignIns;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notes where each request comes from, for the audit log: the first address of X-Forwarded-For
 * when a proxy in front says so, otherwise the connection's address. The first signed-in page
 * request of a session is audited as a sign-in (API calls carry no session and are not).
 */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(RequestOriginFilter.class.getName());
    private static final String SIGNED_IN = RequestOriginFilter.class.getName() + ".audited";

    @Inject
    private RequestOrigin origin;

    @Inject
    private SignIns signIns;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String forwarded = ((HttpServletRequest) request).getHeader("X-Forwarded-For");
        origin.from(
                forwarded == null || forwarded.isBlank() ? request.getRemoteAddr() : forwarded.split(",")[0].trim());
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getUserPrincipal() != null && !http.getRequestURI().contains("/api/")) {
            HttpSession session = http.getSession(true);
            if (session.getAttribute(SIGNED_IN) == null) {
                session.setAttribute(SIGNED_IN, Boolean.TRUE);
                try {
                    signIns.signedIn(http.getAuthType());
                } catch (RuntimeException noTenant) {
                    // a login without a Callisto tenant gets no page anyway; nothing to audit against
                    LOG.log(Level.FINE, "sign-in of " + http.getUserPrincipal().getName() + " not audited", noTenant);
                }
            }
        }
        chain.doFilter(request, response);
    }
}

package dev.callisto.web.live;

import dev.callisto.application.Roles;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The role check of the live WebSocket, on its upgrade request (WebSocket endpoints have no
 * {@code @RolesAllowed}): supervisors and admins only; everyone else gets 403 before any upgrade.
 */
@WebFilter(urlPatterns = "/live")
public class LiveAccessFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!http.isUserInRole(Roles.SUPERVISOR) && !http.isUserInRole(Roles.ADMIN)) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, "supervisors and admins only");
            return;
        }
        chain.doFilter(request, response);
    }
}

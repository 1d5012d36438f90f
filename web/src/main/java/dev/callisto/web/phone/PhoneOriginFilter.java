package dev.callisto.web.phone;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;

/**
 * Checks the upgrade request of a phone connection (WebSockets ignore the same-origin policy): a
 * browser page must come from Callisto itself or from an origin listed in
 * {@code callisto.phone.origins} (comma-separated, e.g. the company site embedding the widget).
 */
@WebFilter(urlPatterns = {"/phone", "/visitor/phone"})
public class PhoneOriginFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!allowed(http.getHeader("Origin"), http.getHeader("Host"))) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(String origin, String host) {
        if (origin == null) {
            return true; // not a browser page: nothing for a foreign page to abuse
        }
        String authority = URI.create(origin).getAuthority();
        if (authority != null && authority.equalsIgnoreCase(host)) {
            return true;
        }
        return Arrays.stream(System.getProperty("callisto.phone.origins", "").split(","))
                .map(String::strip)
                .anyMatch(origin::equalsIgnoreCase);
    }
}

package dev.callisto.web.security;

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
 * Security headers on every response: no MIME sniffing, no framing by other sites (clickjacking)
 * but the customer page by the sites listed to embed it ({@code callisto.phone.origins}), no
 * referrer leaking call ids to other hosts, no plugins. The CRM iframe of the agent desk is
 * the desk framing others, which frame-ancestors does not restrict. Over HTTPS, HSTS: the browser
 * keeps to HTTPS for a year (plain HTTP from other machines is redirected before it reaches here:
 * wildfly-config's 50-https.cli).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            http.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String widgetSites = System.getProperty("callisto.phone.origins", "")
                .replace(',', ' ')
                .strip();
        boolean customerPage = ((HttpServletRequest) request).getServletPath().startsWith("/visitor/");
        if (customerPage && !widgetSites.isEmpty()) {
            // The customer page is the widget: the sites allowed to embed it may frame it.
            http.setHeader(
                    "Content-Security-Policy",
                    "frame-ancestors 'self' " + widgetSites + "; object-src 'none'; base-uri 'self'");
        } else {
            http.setHeader("X-Frame-Options", "SAMEORIGIN");
            http.setHeader("Content-Security-Policy", "frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
        }
        chain.doFilter(request, response);
    }
}

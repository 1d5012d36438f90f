package dev.callisto.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: no MIME sniffing, no framing by other sites (clickjacking),
 * no referrer leaking call ids to other hosts, no plugins. The CRM iframe of the agent desk is
 * the desk framing others, which frame-ancestors does not restrict.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "SAMEORIGIN");
        http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        http.setHeader("Content-Security-Policy", "frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
        chain.doFilter(request, response);
    }
}

package dev.callisto.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The body of a 401 (web.xml's error page): the sign-in mechanism has set the status and its
 * {@code WWW-Authenticate} challenge; API clients get a problem+json document like every other
 * error, browsers a short page.
 */
@WebServlet("/unauthorized")
public class UnauthorizedPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String accept = String.valueOf(request.getHeader("Accept"));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith(request.getContextPath() + "/api/") || accept.contains("json")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"https://callisto.dev/problems/unauthorized\",\"title\":\"Unauthorized\","
                            + "\"status\":401,\"detail\":\"sign in first: send valid credentials or a bearer token\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html><head><title>Sign in</title></head>"
                            + "<body><p>Please sign in to use Callisto.</p></body></html>");
        }
    }
}

package dev.callisto.web.ops;

import dev.callisto.events.EventJson;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /callisto/asyncapi.json}: the events topic's contract (AsyncAPI 3.0, kept in
 * {@code jms} beside the event records and checked against them by its tests), open to anyone
 * like the OpenAPI document: it describes, it grants nothing.
 */
@WebServlet("/asyncapi.json")
public class AsyncApiServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        try (InputStream in = EventJson.class.getResourceAsStream("asyncapi.json")) {
            in.transferTo(response.getOutputStream());
        }
    }
}

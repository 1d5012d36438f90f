package dev.callisto.web.rest;

import dev.callisto.web.rest.problem.FieldError;
import dev.callisto.web.rest.problem.Problem;
import dev.callisto.web.rest.problem.StrictJson;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The one place every JSON body passes before a resource reads it: UTF-8 only (RFC 8259; any
 * other charset is a 415), at most {@value #MAX_BYTES} bytes (413) and {@value #MAX_DEPTH} levels
 * of nesting (400). No form of the API nests deeper than a handful of levels.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGate implements ContainerRequestFilter {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 32;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !request.hasEntity() || !StrictJson.isJson(type)) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            request.abortWith(Problem.response(
                    Status.UNSUPPORTED_MEDIA_TYPE,
                    "JSON bodies must be UTF-8, not " + charset,
                    List.of(new FieldError("Content-Type", "charset must be utf-8"))));
            return;
        }
        byte[] body = readAtMost(request.getEntityStream(), MAX_BYTES);
        if (body == null) {
            request.abortWith(Problem.response(
                    Status.REQUEST_ENTITY_TOO_LARGE,
                    "the body is larger than " + MAX_BYTES + " bytes",
                    List.of(new FieldError("body", "at most " + MAX_BYTES + " bytes"))));
            return;
        }
        if (JsonNesting.depth(body, MAX_DEPTH) > MAX_DEPTH) {
            request.abortWith(Problem.response(
                    Status.BAD_REQUEST,
                    "the body nests deeper than " + MAX_DEPTH + " levels",
                    List.of(new FieldError("body", "nested deeper than " + MAX_DEPTH + " levels"))));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** The whole stream, or null if it holds more than {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}

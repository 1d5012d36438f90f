package dev.callisto.web.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} lists the offending fields when there are any. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.StatusType status, String detail, List<FieldError> errors) {
        Problem problem = new Problem(
                "https://callisto.dev/problems/"
                        + status.getReasonPhrase().toLowerCase().replace(' ', '-'),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                errors.isEmpty() ? null : errors);
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, List.of());
    }
}

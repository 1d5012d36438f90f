package dev.callisto.web.rest.problem;

import dev.callisto.domain.ConflictException;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns every failure into problem+json: 4xx for the caller's mistakes, a bare 500 for ours. */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            if (e instanceof InvalidInputException invalid) {
                return Problem.response(
                        Status.BAD_REQUEST, e.getMessage(), List.of(new FieldError(invalid.field(), e.getMessage())));
            }
            Status status = e instanceof NotFoundException
                    ? Status.NOT_FOUND
                    : e instanceof ForbiddenException
                            ? Status.FORBIDDEN
                            : e instanceof ConflictException ? Status.CONFLICT : Status.BAD_REQUEST;
            return Problem.response(status, e.getMessage());
        }
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.response(Status.BAD_REQUEST, "the request has invalid fields", e.errors());
        }
    }

    /** Malformed JSON or a value of the wrong type; Yasson names the property in its message. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        private static final Pattern PROPERTY = Pattern.compile("(?:property|parameter|field) '?\"?([A-Za-z0-9_]+)");

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }

        static Response unreadable(Throwable e) {
            String message = deepestMessage(e);
            Matcher m = PROPERTY.matcher(message);
            List<FieldError> errors =
                    m.find() ? List.of(new FieldError(m.group(1), "value has the wrong type or format")) : List.of();
            return Problem.response(
                    Status.BAD_REQUEST, "the request body is not valid JSON of the expected shape: " + message, errors);
        }

        private static String deepestMessage(Throwable e) {
            StringBuilder all = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null) {
                    all.append(all.isEmpty() ? "" : " / ").append(t.getMessage());
                }
            }
            return all.toString();
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return UnreadableBody.unreadable(e);
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type) keep their status. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return UnreadableBody.unreadable(e.getCause());
            }
            return Problem.response(e.getResponse().getStatusInfo(), e.getMessage());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(Status.FORBIDDEN, "your role does not allow this");
        }
    }

    /** A concurrent change of the same row surfaces wrapped in an EJBException; everything else is ours. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    return Problem.response(
                            Status.CONFLICT, "changed concurrently by someone else; read it again and retry");
                }
            }
            return Unexpected.internal(e);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            return internal(e);
        }

        static Response internal(Throwable e) {
            LOG.log(Level.SEVERE, "unexpected failure of a REST request", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR, "unexpected server error; it has been logged");
        }
    }
}

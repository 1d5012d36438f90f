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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into problem+json: 4xx for the caller's mistakes, a bare 500 for ours. */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            if (e instanceof ConflictException conflict && conflict.field() != null) {
                return Problem.response(
                        Status.CONFLICT, e.getMessage(), List.of(new FieldError(conflict.field(), e.getMessage())));
            }
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

    /**
     * A body that could not be bound. Bodies bound to form records never get here: {@link
     * UnreadableFieldFinder} names their faulty fields first. This is the fallback for anything else.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable();
        }

        static Response unreadable() {
            return Problem.response(
                    Status.BAD_REQUEST,
                    "the request body is not valid JSON of the expected shape",
                    List.of(new FieldError("body", "not valid JSON of the expected shape")));
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return UnreadableBody.unreadable();
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type) keep their status. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return UnreadableBody.unreadable();
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

    /**
     * A concurrent change of the same row, or a duplicate that raced another past the services'
     * checks, surfaces wrapped in an EJBException; everything else is ours.
     */
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
            Optional<Response> conflict = ConstraintConflict.of(e);
            if (conflict.isPresent()) {
                return conflict.get();
            }
            LOG.log(Level.SEVERE, "unexpected failure of a REST request", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR, "unexpected server error; it has been logged");
        }
    }
}

package dev.callisto.web.rest;

import dev.callisto.web.rest.problem.FieldError;
import dev.callisto.web.rest.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request body's Bean Validation constraints and reports every broken one by field.
 * Called explicitly, because RESTEasy's own validation answers in its own format, not problem+json.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    private Validator validator;

    public <T> T valid(T body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("body", "a JSON body is required")));
        }
        List<FieldError> errors = validator.validate(body).stream()
                .map(RequestValidator::toFieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return body;
    }

    private static FieldError toFieldError(ConstraintViolation<?> v) {
        return new FieldError(v.getPropertyPath().toString(), v.getMessage());
    }
}

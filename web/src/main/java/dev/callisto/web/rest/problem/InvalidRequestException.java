package dev.callisto.web.rest.problem;

import java.util.List;

/** A request body broke its constraints; carries every offending field. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = errors;
    }

    public List<FieldError> errors() {
        return errors;
    }
}

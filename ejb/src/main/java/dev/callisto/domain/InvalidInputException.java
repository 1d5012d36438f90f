package dev.callisto.domain;

/** A value the caller gave is unacceptable; {@link #field()} names it. */
public class InvalidInputException extends DomainException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package dev.callisto.domain;

/** The request clashes with what exists: a duplicate (naming its field) or a state that forbids it. */
public class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field whose value clashes (a duplicate name), or null. */
    public String field() {
        return field;
    }
}

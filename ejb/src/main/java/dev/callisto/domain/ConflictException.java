package dev.callisto.domain;

/** The request is well-formed but clashes with the current state (a duplicate name, a busy agent). */
public class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(message);
    }
}

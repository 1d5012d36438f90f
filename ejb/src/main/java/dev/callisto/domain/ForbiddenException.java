package dev.callisto.domain;

/** The caller is signed in but may not do this (for example, an agent changing a colleague's state). */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String message) {
        super(message);
    }
}

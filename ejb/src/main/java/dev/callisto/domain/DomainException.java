package dev.callisto.domain;

import jakarta.ejb.ApplicationException;

/**
 * A request the domain refuses. Subclasses say why; they reach callers unwrapped and roll the
 * transaction back, so nothing half-done is committed and no event of it is published.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}

package dev.callisto.domain;

/** The thing does not exist in the caller's tenant (another tenant's things are not found either). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

package dev.callisto.domain.call;

/** Who did something to a call (hung up, for instance). */
public enum Party {
    CUSTOMER,
    AGENT,
    SUPERVISOR,
    SYSTEM
}

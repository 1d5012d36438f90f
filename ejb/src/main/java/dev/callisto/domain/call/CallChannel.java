package dev.callisto.domain.call;

/** Where the customer calls from. */
public enum CallChannel {
    WEB,
    H5,
    MINI_PROGRAM,
    PHONE
}

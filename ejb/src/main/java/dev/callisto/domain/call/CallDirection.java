package dev.callisto.domain.call;

public enum CallDirection {
    INBOUND,
    OUTBOUND,
    CALLBACK
}

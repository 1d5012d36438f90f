package dev.callisto.domain.ticket;

/** The type of a custom ticket field. */
public enum FieldKind {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    MULTI_CHOICE
}

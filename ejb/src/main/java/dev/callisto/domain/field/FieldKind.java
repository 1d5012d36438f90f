package dev.callisto.domain.field;

/** The type of a custom ticket field. */
public enum FieldKind {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    MULTI_CHOICE
}

package dev.callisto.domain.contact;

/** Where a contact is in routing. The last four are final. */
public enum ContactStatus {
    WAITING,
    OFFERED,
    ANSWERED,
    COMPLETED,
    ABANDONED,
    OVERFLOWED,
    TIMED_OUT;

    public boolean isOver() {
        return ordinal() >= COMPLETED.ordinal();
    }
}

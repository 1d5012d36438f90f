package dev.callisto.domain.call;

/** A participant's part in a call; supervisors join in one of three modes. */
public enum LegRole {
    CUSTOMER,
    AGENT,
    CONSULTED_AGENT,
    SUPERVISOR_LISTEN,
    SUPERVISOR_WHISPER,
    SUPERVISOR_BARGE;

    public boolean isSupervisor() {
        return name().startsWith("SUPERVISOR");
    }
}

package dev.callisto.domain.ticket;

/** Where a ticket came from. */
public enum TicketSource {
    /** Opened by an agent from the desk during or after a call. */
    CALL,
    /** Left by a customer in the web widget or H5 page, or by a leave-a-message IVR node. */
    MESSAGE,
    /** An off-hours voicemail. */
    VOICEMAIL,
    CHAT,
    API
}

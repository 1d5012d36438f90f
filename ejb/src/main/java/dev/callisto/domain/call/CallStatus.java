package dev.callisto.domain.call;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a call is. {@link #canMoveTo} is the one table of legal moves; anything else is refused. */
public enum CallStatus {
    ARRIVED,
    QUEUED,
    RINGING,
    TALKING,
    HOLD,
    CONSULTING,
    CONFERENCE,
    SURVEY,
    DIALING,
    ENDED;

    private static final Map<CallStatus, Set<CallStatus>> LEGAL = Map.of(
            ARRIVED, EnumSet.of(QUEUED, ENDED),
            QUEUED, EnumSet.of(RINGING, ENDED),
            RINGING, EnumSet.of(TALKING, QUEUED, ENDED),
            TALKING, EnumSet.of(HOLD, CONSULTING, SURVEY, QUEUED, ENDED),
            HOLD, EnumSet.of(TALKING, CONSULTING, QUEUED, ENDED),
            CONSULTING, EnumSet.of(TALKING, CONFERENCE, ENDED),
            CONFERENCE, EnumSet.of(TALKING, ENDED),
            SURVEY, EnumSet.of(ENDED),
            DIALING, EnumSet.of(TALKING, ENDED),
            ENDED, EnumSet.noneOf(CallStatus.class));

    public boolean canMoveTo(CallStatus target) {
        return LEGAL.get(this).contains(target);
    }

    /** An agent is on the line with the customer. */
    public boolean isConnected() {
        return this == TALKING || this == HOLD || this == CONSULTING || this == CONFERENCE;
    }
}

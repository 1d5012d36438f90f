package dev.callisto.domain.call;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a call is. {@link #canMoveTo} is the one table of legal moves; anything else is refused. */
public enum CallStatus {
    ARRIVED,
    IVR,
    QUEUED,
    RINGING,
    TALKING,
    HOLD,
    CONSULTING,
    CONFERENCE,
    VERIFYING,
    SURVEY,
    DIALING,
    ENDED;

    private static final Map<CallStatus, Set<CallStatus>> LEGAL = Map.ofEntries(
            Map.entry(ARRIVED, EnumSet.of(IVR, QUEUED, ENDED)),
            Map.entry(IVR, EnumSet.of(QUEUED, SURVEY, ENDED)),
            Map.entry(QUEUED, EnumSet.of(RINGING, ENDED)),
            Map.entry(RINGING, EnumSet.of(TALKING, QUEUED, ENDED)),
            Map.entry(TALKING, EnumSet.of(HOLD, CONSULTING, VERIFYING, SURVEY, QUEUED, ENDED)),
            Map.entry(HOLD, EnumSet.of(TALKING, CONSULTING, QUEUED, ENDED)),
            Map.entry(CONSULTING, EnumSet.of(TALKING, CONFERENCE, ENDED)),
            Map.entry(CONFERENCE, EnumSet.of(TALKING, ENDED)),
            Map.entry(VERIFYING, EnumSet.of(TALKING, ENDED)),
            Map.entry(SURVEY, EnumSet.of(ENDED)),
            Map.entry(DIALING, EnumSet.of(TALKING, ENDED)),
            Map.entry(ENDED, EnumSet.noneOf(CallStatus.class)));

    public boolean canMoveTo(CallStatus target) {
        return LEGAL.get(this).contains(target);
    }

    /** An agent is on the line with the customer. */
    public boolean isConnected() {
        return this == TALKING || this == HOLD || this == CONSULTING || this == CONFERENCE || this == VERIFYING;
    }
}

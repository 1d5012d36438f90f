package dev.callisto.domain.agent;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an agent is. The first four are chosen by the agent (or a supervisor); the others follow
 * the agent's calls. {@link #canMoveTo} is the single table of legal moves: everything not in it
 * is refused, which is what keeps agents from getting stuck in states no call explains.
 */
public enum AgentState {
    SIGNED_OUT,
    IDLE,
    BUSY,
    BREAK,
    AFTER_CALL_WORK,
    RINGING,
    TALKING,
    HOLD,
    OUTBOUND_DIALING,
    CONSULTING;

    private static final Set<AgentState> ON_CALL = EnumSet.of(RINGING, TALKING, HOLD, OUTBOUND_DIALING, CONSULTING);
    // A call that ends without after-call work returns the agent to where they were before it.
    private static final Set<AgentState> BEFORE_CALL = EnumSet.of(IDLE, BUSY, BREAK);

    private static final Map<AgentState, Set<AgentState>> LEGAL = Map.of(
            SIGNED_OUT, EnumSet.of(IDLE, BUSY),
            IDLE, EnumSet.of(BUSY, BREAK, SIGNED_OUT, RINGING, OUTBOUND_DIALING),
            BUSY, EnumSet.of(IDLE, BREAK, SIGNED_OUT, OUTBOUND_DIALING),
            BREAK, EnumSet.of(IDLE, BUSY, BREAK, SIGNED_OUT, OUTBOUND_DIALING),
            AFTER_CALL_WORK, EnumSet.of(IDLE, BUSY, BREAK),
            RINGING, EnumSet.of(TALKING, IDLE, BUSY),
            OUTBOUND_DIALING, union(EnumSet.of(TALKING, AFTER_CALL_WORK), BEFORE_CALL),
            TALKING, union(EnumSet.of(HOLD, CONSULTING, AFTER_CALL_WORK), BEFORE_CALL),
            HOLD, union(EnumSet.of(TALKING, CONSULTING, AFTER_CALL_WORK), BEFORE_CALL),
            CONSULTING, union(EnumSet.of(TALKING, AFTER_CALL_WORK), BEFORE_CALL));

    public boolean canMoveTo(AgentState target) {
        return LEGAL.get(this).contains(target);
    }

    public boolean isOnCall() {
        return ON_CALL.contains(this);
    }

    /** States a person picks by hand; the rest are driven by calls. */
    public boolean isSelectable() {
        return this == SIGNED_OUT || BEFORE_CALL.contains(this);
    }

    private static Set<AgentState> union(Set<AgentState> a, Set<AgentState> b) {
        EnumSet<AgentState> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}

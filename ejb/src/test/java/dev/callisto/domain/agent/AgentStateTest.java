package dev.callisto.domain.agent;

import static dev.callisto.domain.agent.AgentState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every one of the 100 (from, to) pairs, against the table written out by hand here. */
class AgentStateTest {

    private static final Map<AgentState, Set<AgentState>> EXPECTED = Map.of(
            SIGNED_OUT, EnumSet.of(IDLE, BUSY),
            IDLE, EnumSet.of(BUSY, BREAK, SIGNED_OUT, RINGING, OUTBOUND_DIALING),
            BUSY, EnumSet.of(IDLE, BREAK, SIGNED_OUT, OUTBOUND_DIALING),
            BREAK, EnumSet.of(IDLE, BUSY, BREAK, SIGNED_OUT, OUTBOUND_DIALING),
            AFTER_CALL_WORK, EnumSet.of(IDLE, BUSY, BREAK),
            RINGING, EnumSet.of(TALKING, IDLE, BUSY),
            OUTBOUND_DIALING, EnumSet.of(TALKING, AFTER_CALL_WORK, IDLE, BUSY, BREAK),
            TALKING, EnumSet.of(HOLD, CONSULTING, AFTER_CALL_WORK, IDLE, BUSY, BREAK),
            HOLD, EnumSet.of(TALKING, CONSULTING, AFTER_CALL_WORK, IDLE, BUSY, BREAK),
            CONSULTING, EnumSet.of(TALKING, AFTER_CALL_WORK, IDLE, BUSY, BREAK));

    @Test
    void legalMovesAreExactlyTheTable() {
        for (AgentState from : AgentState.values()) {
            for (AgentState to : AgentState.values()) {
                assertEquals(EXPECTED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void onlyPresenceStatesAreSelectableByHand() {
        for (AgentState s : AgentState.values()) {
            assertEquals(EnumSet.of(SIGNED_OUT, IDLE, BUSY, BREAK).contains(s), s.isSelectable(), s.name());
        }
    }
}

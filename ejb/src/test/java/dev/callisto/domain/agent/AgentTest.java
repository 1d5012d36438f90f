package dev.callisto.domain.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentTest {

    private Instant now = Instant.parse("2026-11-22T08:00:00Z");
    private final Agent agent =
            new Agent(1, "agent1", new AgentProfile("Alice", "1001", null, AnswerMode.BROWSER_PHONE, 3), now);

    private Instant later(int seconds) {
        now = now.plusSeconds(seconds);
        return now;
    }

    @Test
    void signsInReadyOrStraightToBusy() {
        assertEquals(AgentState.IDLE, agent.signIn(false, now).to());
        agent.signOut(later(1));
        assertEquals(AgentState.BUSY, agent.signIn(true, later(1)).to());
    }

    @Test
    void aChangeReportsHowLongTheAgentWasInThePreviousState() {
        agent.signIn(false, now);
        StateChange change = agent.takeBreak("meal", later(90));
        assertEquals(AgentState.IDLE, change.from());
        assertEquals("meal", change.toBreakReason());
        assertEquals(Duration.ofSeconds(90), change.timeInPrevious());
        assertEquals("meal", agent.breakReason());
    }

    @Test
    void idleBusyBreakIdleRoundTrip() {
        agent.signIn(false, now);
        agent.becomeBusy(later(1));
        agent.takeBreak("rest", later(1));
        agent.becomeReady(later(1));
        assertEquals(AgentState.IDLE, agent.state());
        assertNull(agent.breakReason());
    }

    @Test
    void refusesWhatTheTableForbidsAndStaysPut() {
        assertThrows(IllegalAgentTransitionException.class, () -> agent.takeBreak("meal", now));
        assertThrows(IllegalAgentTransitionException.class, () -> agent.becomeBusy(now));
        assertThrows(IllegalAgentTransitionException.class, () -> agent.ring(now));
        assertEquals(AgentState.SIGNED_OUT, agent.state());
        agent.signIn(false, now);
        assertThrows(IllegalAgentTransitionException.class, () -> agent.signIn(false, now));
        assertThrows(IllegalAgentTransitionException.class, () -> agent.answer(now));
        agent.takeBreak("meal", now);
        assertThrows(IllegalAgentTransitionException.class, () -> agent.takeBreak("meal", now));
        assertEquals(AgentState.BREAK, agent.state());
    }

    @Test
    void onlyIdleAgentsRing() {
        agent.signIn(true, now);
        assertThrows(IllegalAgentTransitionException.class, () -> agent.ring(now));
    }

    @Test
    void cannotSignOutDuringACall() {
        agent.signIn(false, now);
        agent.ring(now);
        agent.answer(now);
        assertThrows(IllegalAgentTransitionException.class, () -> agent.signOut(now));
        assertThrows(IllegalAgentTransitionException.class, () -> agent.becomeBusy(now));
        assertThrows(IllegalAgentTransitionException.class, () -> agent.takeBreak("meal", now));
        assertEquals(AgentState.TALKING, agent.state());
    }

    @Test
    void idleAgentReturnsToIdleAfterCallAndAfterCallWork() {
        agent.signIn(false, now);
        agent.ring(later(1));
        agent.answer(later(1));
        agent.hold(later(1));
        agent.resume(later(1));
        agent.startConsult(later(1));
        agent.endConsult(later(1));
        assertEquals(
                AgentState.AFTER_CALL_WORK,
                agent.endCall(Duration.ofSeconds(30), 9L, later(1)).to());
        assertEquals(AgentState.IDLE, agent.finishAfterCallWork(later(30)).to());
    }

    @Test
    void agentOnABreakWhoDialsOutGoesBackToTheSameBreak() {
        agent.signIn(false, now);
        agent.takeBreak("training", now);
        agent.dialOut(later(1));
        agent.connectOutbound(later(1));
        StateChange back = agent.endCall(Duration.ZERO, null, later(60));
        assertEquals(AgentState.BREAK, back.to());
        assertEquals("training", back.toBreakReason());
    }

    @Test
    void busyAgentStaysBusyAfterAfterCallWork() {
        agent.signIn(true, now);
        agent.dialOut(now);
        agent.connectOutbound(now);
        agent.endCall(Duration.ofSeconds(30), 9L, later(10));
        assertEquals(AgentState.BUSY, agent.finishAfterCallWork(later(10)).to());
    }

    @Test
    void choosingAStateDuringAfterCallWorkEndsItThere() {
        agent.signIn(false, now);
        agent.ring(now);
        agent.answer(now);
        agent.endCall(Duration.ofSeconds(30), 9L, now);
        agent.takeBreak("meal", later(5));
        assertEquals(AgentState.BREAK, agent.state());
        assertThrows(IllegalAgentTransitionException.class, () -> agent.finishAfterCallWork(now));
    }

    @Test
    void afterCallWorkRunsForItsTimeAndCanBeExtended() {
        agent.signIn(false, now);
        agent.ring(now);
        agent.answer(now);
        agent.endCall(Duration.ofSeconds(30), 9L, now);
        assertEquals(9L, agent.afterCallWorkCallId());
        assertFalse(agent.afterCallWorkIsOver(now.plusSeconds(29)));
        agent.extendAfterCallWork(Duration.ofSeconds(60));
        assertFalse(agent.afterCallWorkIsOver(now.plusSeconds(89)));
        assertTrue(agent.afterCallWorkIsOver(now.plusSeconds(90)));
        assertEquals(
                AgentState.IDLE, agent.finishAfterCallWork(now.plusSeconds(90)).to());
        assertThrows(IllegalAgentTransitionException.class, () -> agent.extendAfterCallWork(Duration.ofSeconds(1)));
    }

    @Test
    void missedOfferGoesBackToIdleOrToBusy() {
        agent.signIn(false, now);
        agent.ring(now);
        assertEquals(AgentState.IDLE, agent.missOffer(false, later(20)).to());
        agent.ring(now);
        assertEquals(AgentState.BUSY, agent.missOffer(true, later(20)).to());
    }
}

package dev.callisto.domain.call;

import static dev.callisto.domain.call.CallStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallTest {

    private static final Map<CallStatus, Set<CallStatus>> EXPECTED = Map.ofEntries(
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

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Instant after(int seconds) {
        now = now.plusSeconds(seconds);
        return now;
    }

    @Test
    void legalMovesAreExactlyTheTable() {
        for (CallStatus from : CallStatus.values()) {
            for (CallStatus to : CallStatus.values()) {
                assertEquals(EXPECTED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    private Call answeredCall() {
        Call call = Call.inbound(1, CallChannel.WEB, "+8613800000000", now);
        call.enterQueue(3, 10, after(5));
        call.ring(after(20));
        call.answer(7, "agent1", after(4));
        return call;
    }

    @Test
    void durationsAddUpPerPhase() {
        Call call = answeredCall();
        call.hold(after(30));
        call.resume(after(15));
        call.end(null, Party.AGENT, after(45));
        CallSummary s = call.summary();
        assertEquals(CallResult.ANSWERED, s.result());
        assertEquals(20, s.queueSeconds());
        assertEquals(4, s.ringSeconds());
        assertEquals(15, s.holdSeconds());
        assertEquals(75, s.talkSeconds(), "answered to ended, less hold");
        assertEquals(119, s.sessionSeconds());
    }

    @Test
    void customerWhoHangsUpAtOnceIsAQuickHangUpButNotAfterTheSurvey() {
        Call quick = answeredCall();
        quick.end(null, Party.CUSTOMER, after(3));
        assertEquals(CallResult.QUICK_HANGUP, quick.result());

        Call surveyed = answeredCall();
        surveyed.toSurvey(after(1));
        surveyed.rate(5, after(1));
        assertEquals(CallResult.ANSWERED, surveyed.result());
        assertEquals(5, surveyed.summary().satisfaction());
    }

    @Test
    void consultThenTransferHandsTheCallToTheColleague() {
        Call call = answeredCall();
        call.consult(8, "agent2", after(10));
        assertTrue(call.legs().get(0).held(), "the customer waits on hold");
        assertEquals(7, call.completeTransfer(after(20)));
        assertEquals(8L, call.agentId());
        assertEquals(TALKING, call.status());
        assertEquals(20, call.summary().holdSeconds(), "consulting time counts as hold for the customer");
    }

    @Test
    void verificationTakesTheAgentOffTheLineAndReturnsTheResult() {
        Call call = answeredCall();
        call.startVerification(after(10));
        assertTrue(call.legs().get(1).held(), "the agent hears nothing while the customer keys the PIN");
        call.verified(false, after(20));
        assertEquals(TALKING, call.status());
        assertEquals(Boolean.FALSE, call.verification());
        assertEquals(20, call.summary().holdSeconds());
        assertThrows(IllegalCallCommandException.class, () -> call.verified(true, now));
    }

    @Test
    void illegalCommandsChangeNothing() {
        Call call = Call.inbound(1, CallChannel.H5, "visitor-1", now);
        assertThrows(IllegalCallCommandException.class, () -> call.hold(now));
        assertThrows(IllegalCallCommandException.class, () -> call.answer(7, "agent1", now));
        assertThrows(
                IllegalCallCommandException.class, () -> call.monitor("supervisor", LegRole.SUPERVISOR_LISTEN, now));
        assertEquals(ARRIVED, call.status());
        call.end(CallResult.BLACKLISTED, Party.SYSTEM, now);
        assertThrows(IllegalCallCommandException.class, () -> call.end(null, Party.CUSTOMER, now));
        assertEquals(CallResult.BLACKLISTED, call.result());
    }

    @Test
    void aSupervisorHasOneLegWhoseModeChanges() {
        Call call = answeredCall();
        call.monitor("sup", LegRole.SUPERVISOR_LISTEN, now);
        call.monitor("sup", LegRole.SUPERVISOR_BARGE, now);
        assertEquals(
                1, call.legs().stream().filter(l -> l.role().isSupervisor()).count());
        call.stopMonitoring("sup", after(1));
        assertEquals(
                0,
                call.legs().stream()
                        .filter(l -> l.role().isSupervisor() && l.isActive())
                        .count());
    }
}

package dev.callisto.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Offers ring out, get re-routed, get abandoned, and queues overflow. */
class OfferLifecycleTest {

    private static final long SALES = 1;
    private static final long SUPPORT = 2;
    private static final long T0 = 5_000_000;

    private final RoutingEngine engine = new RoutingEngine(new Random(1));

    private void agent(long id, long readySince, long... groups) {
        Map<Long, Integer> levels = new java.util.HashMap<>();
        for (long g : groups) {
            levels.put(g, 3);
        }
        engine.updateAgent(new AgentSnapshot(id, true, true, readySince, 0, 2, levels));
    }

    @Test
    void ringTimeoutGoesToTheNextAgentNotBackToTheSameOne() {
        engine.defineGroup(
                SALES, new QueueRules(Strategy.LONGEST_IDLE, 15, true, 0, 0, 0, 0, OverflowAction.HANGUP, null));
        agent(1, T0 - 60_000, SALES);
        agent(2, T0 - 10_000, SALES);
        engine.enqueue(7, SALES, ContactKind.CALL, 0, T0, null);
        Offer first = engine.dispatch(T0).get(0);
        assertEquals(1, first.agentId());
        assertEquals(T0 + 15_000, first.deadlineMillis());
        assertEquals(List.of(), engine.dueOffers(T0 + 14_999));
        assertEquals(List.of(first), engine.dueOffers(T0 + 15_000));

        engine.missed(7);
        Offer second = engine.dispatch(T0 + 15_000).get(0);
        assertEquals(2, second.agentId());
        assertTrue(engine.dueOffers(T0 + 15_000).isEmpty(), "the first offer is over");
        engine.checkInvariants();
    }

    @Test
    void abandonedWhileRingingReleasesTheAgent() {
        engine.defineGroup(SALES, QueueRules.DEFAULT);
        agent(1, T0, SALES);
        engine.enqueue(7, SALES, ContactKind.CALL, 0, T0, null);
        assertEquals(1, engine.dispatch(T0).size());
        engine.finished(7, 0);
        assertTrue(engine.dueOffers(Long.MAX_VALUE).isEmpty(), "no zombie offer");
        engine.enqueue(8, SALES, ContactKind.CALL, 0, T0, null);
        assertEquals(1, engine.dispatch(T0).get(0).agentId(), "the agent is free again");
        engine.checkInvariants();
    }

    @Test
    void anAgentInTwoGroupsServesTheOlderContactFirst() {
        engine.defineGroup(SALES, QueueRules.DEFAULT);
        engine.defineGroup(SUPPORT, QueueRules.DEFAULT);
        engine.enqueue(20, SUPPORT, ContactKind.CALL, 0, T0, null);
        engine.enqueue(21, SALES, ContactKind.CALL, 0, T0 + 1_000, null);
        agent(1, T0 + 2_000, SALES, SUPPORT);
        List<Offer> offers = engine.dispatch(T0 + 2_000);
        assertEquals(1, offers.size());
        assertEquals(20, offers.get(0).contactId());
    }

    @Test
    void aCallExcludesChatsAndChatsRespectTheCap() {
        engine.defineGroup(SALES, QueueRules.DEFAULT);
        agent(1, T0, SALES);
        for (long c = 1; c <= 3; c++) {
            engine.enqueue(c, SALES, ContactKind.CHAT, 0, T0, null);
        }
        engine.enqueue(4, SALES, ContactKind.CALL, 0, T0, null);
        List<Offer> offers = engine.dispatch(T0);
        assertEquals(2, offers.size(), "capacity 2 chats; the call waits for a free agent");
        assertTrue(offers.stream().allMatch(o -> o.kind() == ContactKind.CHAT));
        engine.checkInvariants();
    }

    @Test
    void queueFullOverflowsOnArrivalAndLongWaitsOverflowLater() {
        engine.defineGroup(
                SALES,
                new QueueRules(Strategy.LONGEST_IDLE, 20, true, 0, 0, 60, 2, OverflowAction.SKILL_GROUP, SUPPORT));
        engine.defineGroup(SUPPORT, QueueRules.DEFAULT);
        assertTrue(engine.enqueue(1, SALES, ContactKind.CALL, 0, T0, null).queued());
        Admission second = engine.enqueue(2, SALES, ContactKind.CALL, 0, T0 + 1, null);
        assertEquals(2, second.position());
        Admission third = engine.enqueue(3, SALES, ContactKind.CALL, 0, T0 + 2, null);
        assertFalse(third.queued());
        assertEquals(OverflowAction.SKILL_GROUP, third.overflow());

        assertEquals(List.of(), engine.dueOverflows(T0 + 59_999));
        List<Overflow> due = engine.dueOverflows(T0 + 60_000);
        assertEquals(1, due.size());
        assertEquals(SUPPORT, due.get(0).targetGroupId());
        engine.move(1, SUPPORT, T0 + 60_000);
        assertEquals(1, engine.position(1).getAsInt());
        assertEquals(1, engine.position(2).getAsInt(), "contact 2 moved up in Sales");
        agent(9, T0, SUPPORT);
        assertEquals(1, engine.dispatch(T0 + 60_000).get(0).contactId());
    }

    @Test
    void estimatedWaitFollowsHandleTimesAndStaffing() {
        engine.defineGroup(SALES, QueueRules.DEFAULT);
        engine.updateAgent(new AgentSnapshot(1, false, true, 0, 0, 2, Map.of(SALES, 3)));
        engine.updateAgent(new AgentSnapshot(2, false, true, 0, 0, 2, Map.of(SALES, 3)));
        assertEquals(
                90,
                engine.enqueue(1, SALES, ContactKind.CALL, 0, T0, null).estimatedWaitSeconds(),
                "position 1 x 180 s default handle time / 2 agents signed in");
        assertEquals(
                180, engine.enqueue(2, SALES, ContactKind.CALL, 0, T0, null).estimatedWaitSeconds());
    }
}

package dev.callisto.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each strategy, on a small team whose right answer is known. */
class StrategyTest {

    private static final long GROUP = 10;
    private static final long T0 = 1_000_000;

    private final RoutingEngine engine = new RoutingEngine(new Random(7));
    private long nextContact = 1;

    private void group(Strategy strategy) {
        engine.defineGroup(GROUP, rules(strategy, 0));
    }

    private static QueueRules rules(Strategy strategy, int lastAgentSeconds) {
        return new QueueRules(strategy, 20, true, 10, lastAgentSeconds, 0, 0, OverflowAction.HANGUP, null);
    }

    private void agent(long id, long readySince, int contactsToday, int level) {
        engine.updateAgent(new AgentSnapshot(id, true, true, readySince, contactsToday, 4, Map.of(GROUP, level)));
    }

    private Offer offerOne(ContactKind kind, long now) {
        engine.enqueue(nextContact++, GROUP, kind, 0, now, null);
        List<Offer> offers = engine.dispatch(now);
        assertEquals(1, offers.size(), offers.toString());
        return offers.get(0);
    }

    @Test
    void longestIdleTakesTheAgentReadySinceEarliest() {
        group(Strategy.LONGEST_IDLE);
        agent(1, T0 - 5_000, 0, 3);
        agent(2, T0 - 90_000, 9, 3);
        agent(3, T0 - 30_000, 0, 3);
        Offer offer = offerOne(ContactKind.CALL, T0);
        assertEquals(2, offer.agentId());
        assertEquals(
                List.of(2L, 3L, 1L),
                offer.decision().candidates().stream().map(Candidate::agentId).toList());
        assertTrue(
                offer.decision().reason().contains("idle 90 s"),
                offer.decision().reason());
    }

    @Test
    void fewestCallsTakesTheLeastBusyToday() {
        group(Strategy.FEWEST_CALLS);
        agent(1, T0 - 90_000, 12, 3);
        agent(2, T0 - 5_000, 3, 3);
        agent(3, T0 - 60_000, 3, 3);
        assertEquals(3, offerOne(ContactKind.CALL, T0).agentId());
    }

    @Test
    void leastOccupiedSpreadsChats() {
        group(Strategy.LEAST_OCCUPIED);
        agent(1, T0 - 90_000, 0, 3);
        agent(2, T0 - 5_000, 0, 3);
        assertEquals(1, offerOne(ContactKind.CHAT, T0).agentId());
        assertEquals(2, offerOne(ContactKind.CHAT, T0).agentId(), "agent 1 now holds a chat");
        assertEquals(1, offerOne(ContactKind.CHAT, T0).agentId(), "both hold one; longest idle breaks the tie");
    }

    @Test
    void roundRobinGoesAroundTheTeam() {
        group(Strategy.ROUND_ROBIN);
        agent(1, T0, 0, 3);
        agent(2, T0, 0, 3);
        agent(3, T0, 0, 3);
        List<Long> turns = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Offer offer = offerOne(ContactKind.CHAT, T0);
            turns.add(offer.agentId());
            engine.accepted(offer.contactId());
            engine.finished(offer.contactId(), 60);
        }
        assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 3L), turns);
    }

    @Test
    void randomReachesEveryone() {
        group(Strategy.RANDOM);
        agent(1, T0, 0, 3);
        agent(2, T0, 0, 3);
        agent(3, T0, 0, 3);
        Set<Long> chosen = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            Offer offer = offerOne(ContactKind.CALL, T0);
            chosen.add(offer.agentId());
            engine.cancelled(offer.contactId());
            engine.finished(offer.contactId(), 0);
        }
        assertEquals(Set.of(1L, 2L, 3L), chosen);
    }

    @Test
    void skillLevelWaitsForTheBestThenWidensStepByStep() {
        group(Strategy.SKILL_LEVEL);
        agent(1, T0 - 90_000, 0, 2);
        agent(2, T0 - 5_000, 0, 5);
        assertEquals(2, offerOne(ContactKind.CALL, T0).agentId(), "the level 5 agent, though idle for less time");

        engine.enqueue(nextContact++, GROUP, ContactKind.CALL, 0, T0, null);
        assertEquals(List.of(), engine.dispatch(T0), "only a level 2 agent is free: wait for better");
        engine.timePassed();
        assertEquals(List.of(), engine.dispatch(T0 + 25_000), "after two steps, level 3 is still required");
        engine.timePassed();
        List<Offer> widened = engine.dispatch(T0 + 30_000);
        assertEquals(1, widened.size());
        assertEquals(1, widened.get(0).agentId(), "after three 10 s steps, level 2 qualifies");
    }

    @Test
    void lastAgentPriorityWaitsForThatAgentThenFallsBack() {
        engine.defineGroup(GROUP, rules(Strategy.LONGEST_IDLE, 30));
        agent(1, T0 - 90_000, 0, 3);
        engine.updateAgent(new AgentSnapshot(2, false, true, 0, 0, 4, Map.of(GROUP, 3)));
        engine.enqueue(100, GROUP, ContactKind.CALL, 0, T0, 2L);
        assertEquals(List.of(), engine.dispatch(T0), "agent 2 served this customer and is busy: wait for them");

        engine.updateAgent(new AgentSnapshot(2, true, true, T0 + 5_000, 0, 4, Map.of(GROUP, 3)));
        Offer offer = engine.dispatch(T0 + 5_000).get(0);
        assertEquals(2, offer.agentId());
        assertTrue(offer.decision().reason().startsWith("last-agent"));

        engine.missed(100);
        engine.timePassed();
        assertEquals(List.of(), engine.dispatch(T0 + 10_000), "missed by agent 2; still within the window");
        engine.timePassed();
        assertEquals(1, engine.dispatch(T0 + 31_000).get(0).agentId(), "window over: the team's strategy decides");
    }

    @Test
    void higherPriorityJumpsTheQueueButEqualPrioritiesStayInArrivalOrder() {
        group(Strategy.LONGEST_IDLE);
        engine.enqueue(1, GROUP, ContactKind.CALL, 0, T0, null);
        engine.enqueue(2, GROUP, ContactKind.CALL, 0, T0 + 1, null);
        engine.enqueue(3, GROUP, ContactKind.CALL, 5, T0 + 2, null);
        assertEquals(3, engine.position(2).getAsInt());
        assertEquals(1, engine.position(3).getAsInt());
        agent(1, T0, 0, 3);
        agent(2, T0 + 1, 0, 3);
        agent(3, T0 + 2, 0, 3);
        List<Long> order =
                engine.dispatch(T0 + 10).stream().map(Offer::contactId).toList();
        assertEquals(List.of(3L, 1L, 2L), order);
    }
}

package dev.callisto.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Many threads queue contacts, dispatch, accept, miss, cancel, abandon and flip agents between
 * ready and not ready, against one engine. Throughout: no contact is offered to two agents at
 * once, no agent holds more than its capacity, FIFO holds within equal priority. At the end every
 * contact has been answered or abandoned: nothing is lost or stuck.
 */
class ConcurrentRoutingTest {

    private static final int GROUPS = 4;
    private static final int AGENTS = 24;
    private static final int CONTACTS = 4_000;

    private final RoutingEngine engine = new RoutingEngine(new Random(42));
    private final Map<Long, Long> offeredTo = new ConcurrentHashMap<>();
    private final Map<Long, long[]> contacts = new ConcurrentHashMap<>(); // id -> {group, kind, priority}
    private final Set<Long> offeredOnce = ConcurrentHashMap.newKeySet();
    private final Set<Long> missedOnce = ConcurrentHashMap.newKeySet();
    private final Set<Long> resolved = ConcurrentHashMap.newKeySet();
    private final Queue<Offer> ringing = new ConcurrentLinkedQueue<>();
    private final Queue<Offer> talking = new ConcurrentLinkedQueue<>();
    private final Queue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Object arrivals = new Object();
    private final Object dispatching = new Object();

    private static Map<Long, Integer> levelsOf(long agent) {
        // Half the agents serve two groups.
        long home = agent % GROUPS;
        return agent % 2 == 0 ? Map.of(home, 3) : Map.of(home, 3, (home + 1) % GROUPS, 2);
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    @Test
    void invariantsHoldUnderConcurrentLoad() throws Exception {
        for (long g = 0; g < GROUPS; g++) {
            engine.defineGroup(
                    g, new QueueRules(Strategy.values()[(int) g], 20, false, 1, 0, 0, 0, OverflowAction.HANGUP, null));
        }
        for (long a = 0; a < AGENTS; a++) {
            engine.updateAgent(new AgentSnapshot(a, true, true, now(), 0, 3, levelsOf(a)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(9);
        CountDownLatch arrived = new CountDownLatch(3);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            work.add(pool.submit(() -> enqueueMany(CONTACTS / 3, arrived)));
        }
        work.add(pool.submit(this::dispatchUntilAllResolved));
        for (int i = 0; i < 3; i++) {
            work.add(pool.submit(this::answerUntilAllResolved));
        }
        work.add(pool.submit(this::abandonSome));
        work.add(pool.submit(this::flipAgents));
        assertTrue(arrived.await(60, TimeUnit.SECONDS));
        draining.set(true);
        for (long a = 0; a < AGENTS; a++) {
            engine.updateAgent(new AgentSnapshot(a, true, true, now(), 0, 3, levelsOf(a)));
        }
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(List.of(), violations.stream().limit(10).toList(), violations.size() + " violations");
        assertEquals(contacts.size(), resolved.size(), "every contact answered or abandoned");
        assertTrue(offeredTo.isEmpty(), "no offer left open: " + offeredTo);
        engine.checkInvariants();
    }

    private void enqueueMany(int n, CountDownLatch done) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            long group = r.nextInt(GROUPS);
            ContactKind kind = r.nextInt(4) == 0 ? ContactKind.CHAT : ContactKind.CALL;
            int priority = r.nextInt(3);
            synchronized (arrivals) { // ids follow arrival order, so FIFO can be checked by id
                long id = ids.incrementAndGet();
                contacts.put(id, new long[] {group, kind.ordinal(), priority});
                engine.enqueue(id, group, kind, priority, now(), null);
            }
        }
        done.countDown();
    }

    private boolean allResolved() {
        return draining.get() && resolved.size() == contacts.size();
    }

    private void dispatchUntilAllResolved() {
        while (!allResolved()) {
            synchronized (dispatching) {
                for (Offer offer : engine.dispatch(now())) {
                    Long previous = offeredTo.putIfAbsent(offer.contactId(), offer.agentId());
                    if (previous != null) {
                        violations.add(
                                "contact " + offer.contactId() + " offered to " + previous + " and " + offer.agentId());
                    }
                    checkFifo(offer);
                    offeredOnce.add(offer.contactId());
                    ringing.add(offer);
                }
            }
            engine.timePassed();
            engine.checkInvariants();
            Thread.onSpinWait();
        }
    }

    /** No older contact of the same group, kind and priority may still wait untouched. */
    private void checkFifo(Offer offer) {
        if (offeredOnce.contains(offer.contactId())) {
            return;
        }
        long[] mine = contacts.get(offer.contactId());
        for (long older = offer.contactId() - 1; older > Math.max(0, offer.contactId() - 200); older--) {
            long[] other = contacts.get(older);
            boolean sameLine = other != null && other[0] == mine[0] && other[1] == mine[1] && other[2] == mine[2];
            if (sameLine && !offeredOnce.contains(older) && !resolved.contains(older) && !missedOnce.contains(older)) {
                violations.add("contact " + offer.contactId() + " offered before older " + older);
            }
        }
    }

    private void answerUntilAllResolved() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (!allResolved()) {
            Offer offer = ringing.poll();
            if (offer != null) {
                int roll = draining.get() ? 0 : r.nextInt(10);
                offeredTo.remove(offer.contactId(), offer.agentId());
                if (roll < 7) {
                    engine.accepted(offer.contactId());
                    talking.add(offer);
                } else if (roll < 9) {
                    missedOnce.add(offer.contactId());
                    engine.missed(offer.contactId());
                } else {
                    engine.cancelled(offer.contactId());
                }
            }
            Offer done = talking.poll();
            if (done != null) {
                resolved.add(done.contactId());
                engine.finished(done.contactId(), r.nextInt(30, 300));
            }
        }
    }

    private void abandonSome() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (!draining.get()) {
            long id = 1 + r.nextLong(Math.max(1, ids.get()));
            if (contacts.containsKey(id) && !offeredOnce.contains(id) && resolved.add(id)) {
                engine.finished(id, 0); // the customer hung up while waiting (or just as it rang)
                offeredTo.remove(id);
            }
            sleepQuietly();
        }
    }

    private void flipAgents() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (!draining.get()) {
            long a = r.nextInt(AGENTS);
            engine.updateAgent(new AgentSnapshot(a, r.nextBoolean(), true, now(), r.nextInt(20), 3, levelsOf(a)));
            sleepQuietly();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

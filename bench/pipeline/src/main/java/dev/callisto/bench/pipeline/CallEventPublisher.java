package dev.callisto.bench.pipeline;

import dev.callisto.events.CallEvent;
import dev.callisto.events.EventHeaders;
import dev.callisto.events.EventJson;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publishes a run's call events the way the server does (persistent, headers, the call's message
 * group), five per call as in a short answered call. Several threads may publish, each its own
 * calls in order, like concurrent commands in the server; each commits every {@code perCommit}
 * events and, if a rate is asked, keeps to its share of it.
 */
final class CallEventPublisher {

    private static final List<String> STEPS = List.of("arrived", "queued", "offered", "answered", "held");
    /** The tenant of the benchmark's calls, whose records are deleted afterwards. */
    static final long TENANT = 999_999;

    private final ConnectionFactory factory;
    private final Topic events;
    private final String run;
    private final CommitWatch watch;
    private final long callBase = System.currentTimeMillis() * 10;

    CallEventPublisher(ConnectionFactory factory, Topic events, String run, CommitWatch watch) {
        this.factory = factory;
        this.events = events;
        this.run = run;
        this.watch = watch;
    }

    /** Publishes events 0..n-1 on {@code threads} threads; returns when all are committed. */
    void publish(int n, int rate, int perCommit, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> shares = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = t;
                shares.add(pool.submit(() -> {
                    publishShare(share, threads, n, rate / (double) threads, perCommit);
                    return null;
                }));
            }
            for (Future<?> share : shares) {
                share.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The calls {@code share}, {@code share + threads}, ...: all five events of each, in order. */
    private void publishShare(int share, int threads, int n, double rate, int perCommit) throws InterruptedException {
        long start = System.nanoTime();
        int sent = 0;
        List<Integer> uncommitted = new ArrayList<>(perCommit);
        try (JMSContext jms = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int call = share; call * STEPS.size() < n; call += threads) {
                for (int step = 0; step < STEPS.size() && call * STEPS.size() + step < n; step++) {
                    int i = call * STEPS.size() + step;
                    send(producer, i);
                    uncommitted.add(i);
                    if (++sent % perCommit == 0) {
                        commit(jms, uncommitted);
                        pace(start, sent, rate);
                    }
                }
            }
            commit(jms, uncommitted);
        }
    }

    private void send(JMSProducer producer, int i) {
        CallEvent e = new CallEvent(
                run + i,
                CallEvent.PREFIX + STEPS.get(i % STEPS.size()),
                TENANT,
                Instant.now(),
                callBase + i / STEPS.size(),
                "TALKING",
                "INBOUND",
                "WEB",
                "+8613000000000",
                1L,
                1L,
                "bench",
                null,
                null,
                i % STEPS.size() + 1);
        watch.sending(i);
        EventHeaders.stamp(producer, e).send(events, EventJson.write(e));
    }

    private void commit(JMSContext jms, List<Integer> uncommitted) {
        watch.committing(uncommitted);
        jms.commit();
        uncommitted.clear();
    }

    /** Sleeps until {@code sent} events are due at {@code rate} per second from {@code start} (0: never). */
    static void pace(long start, int sent, double rate) throws InterruptedException {
        if (rate > 0) {
            long due = start + (long) (sent * 1e9 / rate);
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
    }
}

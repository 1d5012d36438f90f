package dev.callisto.bench.pipeline;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The baseline: Artemis alone, persistent messages of an event's size on a plain queue, journal
 * sync on, in the same server and the same minute as the pipeline. Its throughput is the
 * denominator of the pipeline's ratio; its latency at the pipeline's rate is the floor the
 * pipeline's latency stands on (the broker's syncs, which vary with the disk).
 */
final class RawArtemis {

    private static final int BATCH = 100;
    private static final String BODY = "x".repeat(800);

    private final ConnectionFactory factory;
    private final Queue queue;

    RawArtemis(ConnectionFactory factory, Queue queue) {
        this.factory = factory;
        this.queue = queue;
    }

    /**
     * Sends n messages and receives them back on one thread, both in transacted batches of
     * {@value #BATCH} (the shape the pipeline publishes and consumes in), a batch received before
     * the next is sent: the queue stays short, as the pipeline's subscription does when it keeps
     * up, instead of paging to disk. Returns messages per second.
     */
    double throughput(int n) {
        try (JMSContext jms = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSConsumer consumer = jms.createConsumer(queue, "bench = TRUE");
            JMSProducer producer = producer(jms);
            long start = System.nanoTime();
            for (int sent = 0; sent < n; ) {
                int batch = Math.min(BATCH, n - sent);
                for (int i = 0; i < batch; i++) {
                    producer.send(queue, BODY);
                }
                jms.commit();
                for (int i = 0; i < batch; i++) {
                    consumer.receive(10_000);
                }
                jms.commit();
                sent += batch;
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Publishes n messages at {@code rate} per second in transactions of {@code perCommit} while
     * another thread receives them (acknowledging every {@value #BATCH}, without waiting, as the
     * event intake does); returns the latencies from the publishing commit to receipt of every
     * {@value PipelineBenchmark#WATCH_EVERY}th message, in ms, sorted.
     */
    List<Double> latencies(int n, int rate, int perCommit) throws InterruptedException {
        AtomicLongArray committedAt = new AtomicLongArray(n);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        try (JMSContext receiving = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE)) {
            JMSConsumer consumer = receiving.createConsumer(queue, "bench = TRUE");
            CompletableFuture<Void> received = CompletableFuture.runAsync(() -> {
                for (int got = 1; got <= n; got++) {
                    Message m = consumer.receive(10_000);
                    long now = System.nanoTime();
                    int i = index(m);
                    if (i % PipelineBenchmark.WATCH_EVERY == 0) {
                        latencies.add((now - committedAt.get(i)) / 1e6);
                    }
                    if (got % BATCH == 0 || got == n) {
                        receiving.acknowledge();
                    }
                }
            });
            publish(n, rate, perCommit, committedAt);
            received.join();
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted;
    }

    private void publish(int n, int rate, int perCommit, AtomicLongArray committedAt) throws InterruptedException {
        try (JMSContext jms = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = producer(jms);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                producer.setProperty("i", i).send(queue, BODY);
                if ((i + 1) % perCommit == 0 || i == n - 1) {
                    long now = System.nanoTime();
                    for (int j = i - (i % perCommit); j <= i; j++) {
                        committedAt.set(j, now);
                    }
                    jms.commit();
                    CallEventPublisher.pace(start, i + 1, rate);
                }
            }
        }
    }

    private static JMSProducer producer(JMSContext jms) {
        return jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setProperty("bench", true);
    }

    private static int index(Message m) {
        if (m == null) {
            throw new IllegalStateException("raw Artemis: a message did not arrive within 10 s");
        }
        try {
            return m.getIntProperty("i");
        } catch (JMSException e) {
            throw new IllegalStateException("benchmark message without its index", e);
        }
    }
}

package dev.callisto.bench.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Watches every {@code every}-th published event from outside the pipeline until its event-log
 * row is visible to another connection, i.e. its call record is committed (in the same
 * transaction). It keeps two latencies: from the publishing transaction's commit (the event is
 * published when that commit is asked for; the broker's sync of it is inside the figure) and
 * from the send, which adds the time the event waited for the rest of the benchmark's batch: the
 * server publishes a command's one or two events at once, the benchmark batches to reach the rate
 * from few threads. Both are to first sight, so they over-state by up to one polling interval
 * ({@value #POLL_MILLIS} ms) and a lookup; a timestamp taken inside the consumer would instead
 * miss the batch's flush and commit, which is most of a batch's time.
 */
final class CommitWatch implements Runnable {

    private static final long POLL_MILLIS = 5;
    private static final int LOOKUPS_PER_POLL = 200;

    private final DataSource db;
    private final String idPrefix;
    private final int events;
    private final int every;
    private final AtomicLongArray sentAt;
    private final AtomicLongArray committedAt;
    private final List<Double> fromCommit = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> fromSend = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopped;

    CommitWatch(DataSource db, String idPrefix, int events, int every) {
        this.db = db;
        this.idPrefix = idPrefix;
        this.events = events;
        this.every = every;
        this.sentAt = new AtomicLongArray(events);
        this.committedAt = new AtomicLongArray(events);
    }

    /** Called by the publisher just before it sends event {@code i}. */
    void sending(int i) {
        if (i % every == 0) {
            sentAt.set(i, System.nanoTime());
        }
    }

    /** Called by the publisher just before it commits the transaction that sent these events. */
    void committing(List<Integer> sent) {
        long now = System.nanoTime();
        for (int i : sent) {
            if (i % every == 0) {
                committedAt.set(i, now);
            }
        }
    }

    void stop() {
        stopped = true;
    }

    /** Latencies from the publishing commit to the committed call record, in ms, sorted. */
    List<Double> fromCommit() {
        return sorted(fromCommit);
    }

    /** Latencies from the send to the committed call record, in ms, sorted. */
    List<Double> fromSend() {
        return sorted(fromSend);
    }

    private static List<Double> sorted(List<Double> latencies) {
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted;
    }

    @Override
    public void run() {
        Map<String, Integer> pending = new LinkedHashMap<>();
        int next = 0;
        try (Connection c = db.getConnection()) {
            while (!stopped && (next < events || !pending.isEmpty())) {
                while (next < events && committedAt.get(next) != 0) {
                    pending.put(idPrefix + next, next);
                    next += every;
                }
                lookUp(c, pending);
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("commit watch stopped", e);
        }
    }

    /** Looks the oldest pending events up; the ones found are done. */
    private void lookUp(Connection c, Map<String, Integer> pending) throws SQLException {
        List<String> ids = pending.keySet().stream().limit(LOOKUPS_PER_POLL).toList();
        if (ids.isEmpty()) {
            return;
        }
        String marks = ids.stream().map(k -> "?").collect(Collectors.joining(","));
        try (PreparedStatement s =
                c.prepareStatement("select eventId from event_log where eventId in (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                long now = System.nanoTime();
                while (r.next()) {
                    int i = pending.remove(r.getString(1));
                    fromCommit.add((now - committedAt.get(i)) / 1e6);
                    fromSend.add((now - sentAt.get(i)) / 1e6);
                }
            }
        }
    }
}

package dev.callisto.application.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What has gone through the events topic since the server started, as its live-feed consumer saw
 * it: the events per tenant and type, and how long each waited between being sent and being read
 * (the pipeline's lag), for the installation's metrics.
 */
@ApplicationScoped
public class EventPipeline {

    public record Kind(long tenantId, String type) {}

    private final Map<Kind, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder lagMillis = new LongAdder();
    private final LongAdder lagged = new LongAdder();

    /** An event read from the topic, sent at {@code sentAtMillis} (its JMS timestamp; 0 if unknown). */
    public void read(long tenantId, String type, long sentAtMillis, long nowMillis) {
        counts.computeIfAbsent(new Kind(tenantId, type), k -> new LongAdder()).increment();
        if (sentAtMillis > 0) {
            lagMillis.add(Math.max(0, nowMillis - sentAtMillis));
            lagged.increment();
        }
    }

    public Map<Kind, Long> counts() {
        Map<Kind, Long> copy =
                new TreeMap<>(Comparator.comparing(Kind::tenantId).thenComparing(Kind::type));
        counts.forEach((kind, n) -> copy.put(kind, n.sum()));
        return copy;
    }

    public double lagSecondsSum() {
        return lagMillis.sum() / 1000.0;
    }

    public long lagCount() {
        return lagged.sum();
    }
}

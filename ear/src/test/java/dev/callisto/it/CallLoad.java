package dev.callisto.it;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fifty customers calling at once while one agent answers and hangs up whatever rings, until the
 * server is killed under them. Remembers which calls the server acknowledged (201).
 */
final class CallLoad {

    private final Api api = new Api();
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService customers = Executors.newFixedThreadPool(10);
    private final ExecutorService agent = Executors.newSingleThreadExecutor();

    CallLoad start(long group, String agentLogin, int calls) {
        for (int i = 0; i < calls; i++) {
            String customer = "+86135" + String.format("%08d", i);
            customers.submit(() -> arrive(group, customer));
        }
        agent.submit(() -> answerWhatRings(agentLogin));
        return this;
    }

    /** Only the agent: answers and hangs up whatever rings (the calls a restart kept queued). */
    CallLoad answering(String agentLogin) {
        agent.submit(() -> answerWhatRings(agentLogin));
        return this;
    }

    private void arrive(long group, String customer) {
        try {
            var r = api.post(
                    "admin",
                    "/calls",
                    "{\"channel\":\"H5\",\"customer\":\"" + customer + "\",\"skillGroupId\":" + group + "}");
            if (r.status() == 201) {
                acknowledged.add(r.json().getJsonNumber("id").longValue());
            }
        } catch (RuntimeException e) {
            // The server was killed under this request: not acknowledged, nothing is owed.
        }
    }

    private void answerWhatRings(String login) {
        while (running.get()) {
            try {
                List<JsonObject> offers = api.get(login, "/contacts?status=OFFERED")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class);
                for (JsonObject offer : offers) {
                    long call = offer.getJsonNumber("callId").longValue();
                    api.post(login, "/calls/" + call + "/answer", null);
                    api.post(login, "/calls/" + call + "/hangup", null);
                }
            } catch (RuntimeException e) {
                return;
            }
        }
    }

    void awaitAcknowledged(int n, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (acknowledged.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    Set<Long> stop() throws InterruptedException {
        running.set(false);
        customers.shutdownNow();
        agent.shutdownNow();
        customers.awaitTermination(30, TimeUnit.SECONDS);
        agent.awaitTermination(30, TimeUnit.SECONDS);
        return Set.copyOf(acknowledged);
    }
}

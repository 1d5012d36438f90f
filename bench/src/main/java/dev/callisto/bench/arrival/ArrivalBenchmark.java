package dev.callisto.bench.arrival;

import dev.callisto.bench.BenchApi;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arrival to offer, as a supervisor sees it: calls are posted to {@code POST /calls} at a fixed
 * rate (open loop: the next one leaves on time whether or not the last was answered), and the
 * latency of each runs from its request leaving to its {@code call.offered} event arriving on
 * the live WebSocket. The customer hangs up as soon as the phone rings, so the agent is free
 * again and the pool of idle agents stays large. Each rate runs on the empty database, then
 * again after the history seed has written past contacts. Usage (see bench/arrival/run.sh):
 * {@code ArrivalBenchmark <base-url> <past-contacts> <rate:seconds>...}.
 */
public final class ArrivalBenchmark {

    private static final Pattern OFFERED = Pattern.compile("\"type\":\"call\\.offered\".*?\"callId\":(\\d+)");
    private final BenchApi api;
    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<Long, Long> offeredAt = new ConcurrentHashMap<>();

    private ArrivalBenchmark(String base) {
        this.api = new BenchApi(base);
    }

    public static void main(String[] args) throws Exception {
        ArrivalBenchmark bench = new ArrivalBenchmark(args[0]);
        int history = Integer.parseInt(args[1]);
        long group = bench.groupOf(Integer.getInteger("agents", 1000));
        bench.listen();
        for (String label : List.of("empty", String.format("%,d past contacts", history))) {
            if (!label.equals("empty")) {
                // A million rows take minutes on H2: the seed has its own, longer wait.
                System.out.print(
                        bench.async("admin", "POST", "//arrival-bench/seed?tenant=acme&contacts=" + history, null)
                                .get(30, TimeUnit.MINUTES));
            }
            bench.run("warm-up", group, 25, 30);
            for (int i = 2; i < args.length; i++) {
                String[] step = args[i].split(":");
                bench.run(label, group, Integer.parseInt(step[0]), Integer.parseInt(step[1]));
            }
        }
        System.exit(0);
    }

    /** The benchmark's skill group with {@code agents} idle members. */
    private long groupOf(int agents) throws Exception {
        long group = BenchApi.id(
                call("admin", "POST", "/skill-groups", "{\"name\":\"arrival-bench\",\"afterCallWorkSeconds\":0}"));
        call(
                "admin",
                "PUT",
                "/skill-groups/" + group + "/routing",
                "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":60}");
        List<CompletableFuture<String>> pending = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            long agent = BenchApi.id(call(
                    "admin",
                    "POST",
                    "/agents",
                    "{\"login\":\"bench" + a + "\",\"displayName\":\"Bench " + a
                            + "\",\"answerMode\":\"BROWSER_PHONE\"}"));
            pending.add(async("admin", "PUT", "/skill-groups/" + group + "/members/" + agent, "{\"level\":3}")
                    .thenCompose(
                            x -> async("supervisor", "PUT", "/agents/" + agent + "/state", "{\"state\":\"IDLE\"}")));
        }
        pending.forEach(CompletableFuture::join);
        System.out.printf("made skill group %d with %d idle agents%n", group, agents);
        return group;
    }

    /** Follows the live feed: each offer is timed, and its customer hangs up to free the agent. */
    private void listen() {
        api.http()
                .newWebSocketBuilder()
                .header("Authorization", BenchApi.basic("supervisor"))
                .buildAsync(URI.create(api.base().replace("http", "ws") + "/callisto/live"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            Matcher m = OFFERED.matcher(text);
                            if (m.find()) {
                                long call = Long.parseLong(m.group(1));
                                offeredAt.putIfAbsent(call, System.nanoTime());
                                async("admin", "POST", "/calls/" + call + "/customer-hangup", null);
                            }
                            text.setLength(0);
                        }
                        return WebSocket.Listener.super.onText(ws, data, last);
                    }
                })
                .join();
    }

    private void run(String label, long group, int rate, int seconds) throws Exception {
        sentAt.clear();
        offeredAt.clear();
        int calls = rate * seconds;
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<Void>> posted = new ArrayList<>();
        long period = 1_000_000_000L / rate;
        for (int i = 0; i < calls; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            posted.add(done);
            String customer = "+86138" + String.format("%08d", i);
            clock.schedule(
                    () -> {
                        long sent = System.nanoTime();
                        async(
                                        "admin",
                                        "POST",
                                        "/calls",
                                        "{\"channel\":\"PHONE\",\"customer\":\"" + customer + "\",\"skillGroupId\":"
                                                + group + "}")
                                .thenAccept(body -> sentAt.put(BenchApi.id(body), sent))
                                .whenComplete((x, e) -> done.complete(null));
                    },
                    i * period,
                    TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(posted.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!offeredAt.keySet().containsAll(sentAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        clock.shutdown();
        List<Double> ms = new ArrayList<>();
        sentAt.forEach((call, sent) -> {
            Long offered = offeredAt.get(call);
            if (offered != null) {
                ms.add((offered - sent) / 1e6);
            }
        });
        ms.sort(Double::compare);
        System.out.printf(
                "%s: %d calls/s for %d s: %d posted, %d accepted, %d offered; arrival to offer p50 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n",
                label,
                rate,
                seconds,
                calls,
                sentAt.size(),
                ms.size(),
                BenchApi.at(ms, 0.5),
                BenchApi.at(ms, 0.99),
                ms.isEmpty() ? Double.NaN : ms.get(ms.size() - 1));
        Thread.sleep(3_000); // the last hang-ups settle before the next rate
    }

    private String call(String user, String method, String path, String json) throws Exception {
        return api.call(user, method, path, json);
    }

    private CompletableFuture<String> async(String user, String method, String path, String json) {
        return api.async(user, method, path, json);
    }
}

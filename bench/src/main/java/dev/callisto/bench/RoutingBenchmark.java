package dev.callisto.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Routing decisions per second and decision latency (p50/p99/p999) of Callisto's engine against a
 * full-scan baseline, on the same simulated day: Poisson arrivals at 85% of the team's capacity,
 * exponential handle times of 180 s on average, half the agents in two or three groups. Latency
 * is the wall time of one decision: a contact arriving (queue it, offer it) or an agent finishing
 * (free them, offer them the next contact). Virtual time, so only routing is measured.
 */
public final class RoutingBenchmark {

    private static final double HANDLE_SECONDS = 180;
    private static final double LOAD = 0.85;

    private record Result(String name, long decisions, double perSecond, long p50, long p99, long p999) {}

    public static void main(String[] args) {
        int[][] configs = {{1_000, 100}, {10_000, 100}, {10_000, 1_000}, {100_000, 100}, {100_000, 1_000}};
        int decisions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.printf(
                "%-9s %-7s %-10s %12s %9s %9s %9s %14s%n",
                "agents", "groups", "router", "decisions/s", "p50 ns", "p99 ns", "p999 ns", "p99 vs scan");
        for (int[] c : configs) {
            Result engine = run("engine", c[0], c[1], decisions, EngineRouter::new);
            Result scan = run("full-scan", c[0], c[1], decisions, FullScanRouter::new);
            print(c, engine, (double) scan.p99 / Math.max(1, engine.p99));
            print(c, scan, 1.0);
        }
    }

    private static void print(int[] c, Result r, double ratio) {
        System.out.printf(
                "%-9d %-7d %-10s %,12.0f %,9d %,9d %,9d %13.1fx%n",
                c[0], c[1], r.name, r.perSecond, r.p50, r.p99, r.p999, ratio);
    }

    private static Result run(String name, int agentCount, int groupCount, int decisions, IntFunction<Router> make) {
        Random random = new Random(2026);
        Router router = make.apply(groupCount);
        for (long a = 0; a < agentCount; a++) {
            List<Long> groups = new ArrayList<>();
            groups.add((long) random.nextInt(groupCount));
            if (a % 2 == 0) { // half the agents serve two or three groups
                for (int extra = 1 + random.nextInt(2); extra > 0; extra--) {
                    long g = random.nextInt(groupCount);
                    if (!groups.contains(g)) {
                        groups.add(g);
                    }
                }
            }
            router.addAgent(a, -random.nextInt(600_000), groups);
        }
        double arrivalsPerMilli = LOAD * agentCount / (HANDLE_SECONDS * 1000);
        // Events: {time, 0=arrival|1=finish, contactId, agentId}
        PriorityQueue<long[]> events = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        events.add(new long[] {0, 0, 0, -1});
        long[] samples = new long[decisions];
        int warmup = decisions / 5;
        int n = 0;
        long nextContact = 1;
        long started = 0;
        for (int i = 0; n < decisions; i++) {
            long[] e = events.poll();
            long now = e[0];
            if (i == warmup) {
                started = System.nanoTime();
            }
            long t0 = System.nanoTime();
            List<long[]> offers =
                    e[1] == 0 ? router.arrive(e[2], random.nextInt(groupCount), now) : router.finish(e[2], e[3], now);
            long took = System.nanoTime() - t0;
            if (i >= warmup) {
                samples[n++] = took;
            }
            if (e[1] == 0) {
                events.add(new long[] {now + exponential(random, 1 / arrivalsPerMilli), 0, nextContact++, -1});
            }
            for (long[] offer : offers) {
                events.add(new long[] {now + exponential(random, HANDLE_SECONDS * 1000), 1, offer[0], offer[1]});
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(samples);
        return new Result(name, n, n / seconds, samples[n / 2], samples[(int) (n * 0.99)], samples[(int) (n * 0.999)]);
    }

    private static long exponential(Random random, double mean) {
        return Math.max(1, Math.round(-mean * Math.log(1 - random.nextDouble())));
    }
}

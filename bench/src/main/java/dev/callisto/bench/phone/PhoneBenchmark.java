package dev.callisto.bench.phone;

import dev.callisto.bench.BenchApi;
import dev.callisto.bench.phone.RtpLegs.Leg;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phone calls through the whole path: a carrier's INVITE to a service number, the queue, the offer
 * ringing an agent's desk phone (registered with the edge), the phone picking up, the call
 * recorded with audio both ways, the carrier hanging up. Figures: INVITE to the desk phone
 * ringing (p50/p99), the same for calls posted to the API ({@code POST /calls}, the browser path's
 * arrival) as the baseline in the same run, audio packets lost, and the CPU the server and Janus
 * spend per call in progress, as calls per core. Usage (see bench/phone/run.sh):
 * {@code PhoneBenchmark <base-url> <edge-host:port> <agents> <rate:seconds:hold>...}.
 */
public final class PhoneBenchmark {

    private static final String NUMBER = "+862160005555";
    private static final String PASSWORD = "bench-desk-phone";

    /** One benchmark call: when it left, when the desk phone rang, and its two legs' audio. */
    private static final class Call {
        final long sentAt = System.nanoTime();
        volatile long ringAt;
        volatile long connectedAt;
        volatile Leg customer;
        volatile Leg agent;
        volatile long agentConnectedAt;
        volatile boolean failed;

        void connected(Leg leg) {
            customer = leg;
            connectedAt = System.nanoTime();
        }
    }

    private final BenchApi api;
    private final SipPeer peer;
    private final RtpLegs rtp = new RtpLegs();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    private final Map<String, Call> byCustomer = new ConcurrentHashMap<>();
    private final AtomicInteger callers = new AtomicInteger();
    private final List<Long> pids;
    private long group;

    private PhoneBenchmark(String base, InetSocketAddress edge, List<Long> pids) throws Exception {
        this.api = new BenchApi(base);
        this.peer = new SipPeer(edge);
        this.pids = pids;
    }

    public static void main(String[] args) throws Exception {
        String[] edge = args[1].split(":");
        List<Long> pids = new ArrayList<>();
        for (String pid : System.getProperty("bench.pids", "").split(",")) {
            if (!pid.isBlank()) {
                pids.add(Long.parseLong(pid.strip()));
            }
        }
        PhoneBenchmark bench =
                new PhoneBenchmark(args[0], new InetSocketAddress(edge[0], Integer.parseInt(edge[1])), pids);
        bench.setUp(Integer.parseInt(args[2]));
        bench.run("warm-up (phone)", 10, 20, 2, false);
        for (int i = 3; i < args.length; i++) {
            String[] step = args[i].split(":");
            int rate = Integer.parseInt(step[0]);
            int seconds = Integer.parseInt(step[1]);
            int hold = Integer.parseInt(step[2]);
            bench.run("phone (SIP INVITE)", rate, seconds, hold, false);
            bench.run("baseline (POST /calls)", rate, seconds, hold, true);
        }
        System.exit(0);
    }

    /** A skill group of {@code agents} agents answering on desk phones registered from the peer, behind the number. */
    private void setUp(int agents) throws Exception {
        group = BenchApi.id(
                api.call("admin", "POST", "/skill-groups", "{\"name\":\"phone-bench\",\"afterCallWorkSeconds\":0}"));
        api.call(
                "admin",
                "PUT",
                "/skill-groups/" + group + "/routing",
                "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":60}");
        long trunk = BenchApi.id(api.call(
                "admin",
                "POST",
                "/trunks",
                "{\"name\":\"bench-carrier\",\"host\":\"127.0.0.1\",\"port\":" + peer.port() + ",\"maxCalls\":10000}"));
        api.call(
                "admin",
                "POST",
                "/numbers",
                "{\"number\":\"" + NUMBER + "\",\"trunkId\":" + trunk + ",\"skillGroupId\":" + group + "}");
        peer.onNewCall(this::deskPhoneRings);
        for (int a = 0; a < agents; a++) {
            String login = "desk" + a;
            long agent = BenchApi.id(api.call(
                    "admin",
                    "POST",
                    "/agents",
                    "{\"login\":\"" + login + "\",\"displayName\":\"Desk " + a
                            + "\",\"answerMode\":\"BROWSER_PHONE\"}"));
            api.call("admin", "PUT", "/agents/" + agent + "/sip-password", "{\"password\":\"" + PASSWORD + "\"}");
            api.call("admin", "PUT", "/skill-groups/" + group + "/members/" + agent, "{\"level\":3}");
            Registration.register(peer, login).get(10, TimeUnit.SECONDS);
            api.call(
                    "supervisor",
                    "PUT",
                    "/agents/" + agent + "/state",
                    "{\"state\":\"IDLE\",\"answerMode\":\"SIP_PHONE\"}");
        }
        System.out.printf(
                "%d agents on desk phones registered from 127.0.0.1:%d, skill group %d%n", agents, peer.port(), group);
    }

    private void run(String label, int rate, int seconds, int hold, boolean viaApi) throws Exception {
        byCustomer.clear();
        long[] cpuBefore = cpu();
        long wallBefore = System.nanoTime();
        long period = 1_000_000_000L / rate;
        int calls = rate * seconds;
        for (int i = 0; i < calls; i++) {
            String customer = "+86139" + String.format("%08d", callers.incrementAndGet());
            clock.schedule(() -> start(customer, hold, viaApi), i * period, TimeUnit.NANOSECONDS);
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds + hold + 5L));
        long[] cpuAfter = cpu();
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        List<Double> ms = new ArrayList<>();
        long lost = 0;
        long expected = 0;
        int failed = 0;
        for (Call c : byCustomer.values()) {
            if (c.ringAt > 0) {
                ms.add((c.ringAt - c.sentAt) / 1e6);
            }
            failed += c.failed || c.ringAt == 0 ? 1 : 0;
            if (c.agentConnectedAt > 0 && c.agent != null) {
                long due = (long) (hold * 50.0) - 10; // the first and last packets of the hold may fall outside it
                expected += due;
                lost += Math.max(0, due - c.agent.received.get());
            }
        }
        ms.sort(Double::compare);
        double cores = (cpuAfter[0] - cpuBefore[0]) / 100.0 / wall;
        double concurrent = (double) rate * hold * seconds / (seconds + hold + 5.0);
        System.out.printf(
                "%s: %d calls/s for %d s, %d s each: %d rang, %d failed; INVITE/POST to the desk phone ringing"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms; agents' audio lost %s;"
                        + " server+Janus %.2f cores for %.0f calls in progress on average: %.0f calls per core%n",
                label,
                rate,
                seconds,
                hold,
                ms.size(),
                failed,
                BenchApi.at(ms, 0.5),
                BenchApi.at(ms, 0.99),
                ms.isEmpty() ? Double.NaN : ms.get(ms.size() - 1),
                viaApi || expected == 0
                        ? "n/a (no caller's audio)"
                        : String.format("%.2f %% of %d packets", 100.0 * lost / expected, expected),
                cores,
                concurrent,
                cores == 0 ? Double.NaN : concurrent / cores);
        Thread.sleep(3_000);
    }

    private void start(String customer, int hold, boolean viaApi) {
        Call call = new Call();
        byCustomer.put(customer, call);
        try {
            if (viaApi) {
                long id = BenchApi.id(api.call(
                        "admin",
                        "POST",
                        "/calls",
                        "{\"channel\":\"PHONE\",\"customer\":\"" + customer + "\",\"skillGroupId\":" + group + "}"));
                clock.schedule(
                        () -> api.async("supervisor", "POST", "/calls/" + id + "/force-release", null),
                        hold + 1L,
                        TimeUnit.SECONDS);
            } else {
                Carrier.call(peer, rtp, clock, NUMBER, customer, hold + 1L, call::connected, () -> call.failed = true);
            }
        } catch (Exception e) {
            call.failed = true;
        }
    }

    /** The edge rings a desk phone: it picks up at once; the edge's BYE later ends its leg. */
    private void deskPhoneRings(SipPeer.Message invite) {
        long now = System.nanoTime();
        String from = invite.header("from");
        String customer = from.substring(from.indexOf("sip:") + 4, from.indexOf('@'));
        Call call = byCustomer.get(customer);
        try {
            Leg leg = rtp.open();
            leg.remote = invite.audio();
            String callId = invite.header("call-id");
            peer.follow(callId, m -> {
                if (!m.isResponse() && m.method().equals("BYE")) {
                    rtp.close(leg);
                    peer.forget(callId);
                    try {
                        peer.respond(m, 200, "OK", null, null);
                    } catch (Exception e) {
                        System.err.println("could not answer a BYE: " + e);
                    }
                }
            });
            peer.respond(invite, 200, "OK", Long.toHexString(now), SipPeer.sdp(leg.local()));
            if (call != null) {
                call.ringAt = now;
                call.agent = leg;
                call.agentConnectedAt = System.nanoTime();
            }
        } catch (Exception e) {
            System.err.println("the desk phone could not answer: " + e);
        }
    }

    /** CPU time (clock ticks) of the server and Janus so far. */
    private long[] cpu() throws Exception {
        long ticks = 0;
        for (long pid : pids) {
            String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat"))
                    .split("\\) ")[1]
                    .split(" ");
            ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime, stime
        }
        return new long[] {ticks};
    }
}

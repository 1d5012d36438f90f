package dev.callisto.bench.pipeline;

import dev.callisto.events.Destinations;
import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Measures, inside the server, persistent call events per second from publish to written call
 * record (the real topic, the real durable subscription, the real database, journal sync on), and
 * beside it raw Artemis persistent send/receive on a plain queue. Prints both and their ratio.
 */
@WebServlet("/run")
public class PipelineBenchmark extends HttpServlet {

    /** One event in this many is watched for its commit (the latency sample). */
    static final int WATCH_EVERY = 10;

    private static final int WARM_UP_EVENTS = 10_000;
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory factory;

    @Resource(lookup = Destinations.EVENTS_TOPIC)
    private Topic events;

    @Resource(lookup = "java:/jms/callisto/events.expired")
    private Queue scratch;

    @Resource(lookup = "java:jboss/datasources/CallistoDS")
    private DataSource db;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int n = Integer.parseInt(req.getParameter("events") == null ? "5000" : req.getParameter("events"));
        // Events per second to publish at (0: as fast as possible), to see latency below saturation.
        int rate = Integer.parseInt(req.getParameter("rate") == null ? "0" : req.getParameter("rate"));
        // Events per publishing transaction: 100 for throughput; 5 (a call's worth) is nearer the
        // server, where each command publishes its own event or two.
        int perCommit = Integer.parseInt(req.getParameter("batch") == null ? "100" : req.getParameter("batch"));
        // Publishing threads, each with its own calls (concurrent commands in the server).
        int publishers =
                Integer.parseInt(req.getParameter("publishers") == null ? "1" : req.getParameter("publishers"));
        // At most this many warm-up rounds (fewer once the JIT is nearly done).
        int warmUps = Integer.parseInt(req.getParameter("warmups") == null ? "80" : req.getParameter("warmups"));
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        try {
            warmUp(warmUps, rate, perCommit, publishers, out);
            // The baseline runs warm too, just before the measured round.
            RawArtemis artemis = new RawArtemis(factory, scratch);
            double raw = artemis.throughput(n);
            out.printf("raw Artemis persistent send+receive: %,.0f messages/s%n", raw);
            if (rate > 0) {
                List<Double> floor = artemis.latencies(n, rate, perCommit);
                out.printf(
                        "raw Artemis at %,d messages/s, %d per transaction: latency p50 %,.0f ms, p99 %,.0f ms"
                                + " (publishing commit to receipt)%n",
                        rate, perCommit, percentile(floor, 0.5), percentile(floor, 0.99));
            }
            out.flush();
            long compiling = JIT.getTotalCompilationTime();
            long start = System.nanoTime();
            pipeline(n, rate, perCommit, publishers, out, raw);
            out.printf(
                    "JIT compiling for %.0f%% of the measured round%n",
                    100.0 * (JIT.getTotalCompilationTime() - compiling) / ((System.nanoTime() - start) / 1e6));
        } catch (SQLException | InterruptedException e) {
            throw new IOException(e);
        }
    }

    /**
     * Rounds of {@value #WARM_UP_EVENTS} events until the JIT compiler is nearly done (it compiled
     * for under a tenth of two rounds in a row) or {@code maxRounds}, so the figures are of a
     * server that has run for a while. On two cores that takes 40-60 rounds (one to two
     * minutes): the server's code is large, and until then the compiler threads take a quarter of
     * the CPU and the pipeline runs at about half its steady speed. Each round prints its
     * throughput and the compiler's share, so the way to the steady state is in the output too.
     */
    private void warmUp(int maxRounds, int rate, int perCommit, int publishers, PrintWriter out)
            throws SQLException, InterruptedException {
        int quiet = 0;
        for (int round = 1; round <= maxRounds; round++) {
            long compiling = JIT.getTotalCompilationTime();
            long start = System.nanoTime();
            double throughput = pipeline(
                    WARM_UP_EVENTS, rate, perCommit, publishers, new PrintWriter(Writer.nullWriter()), Double.NaN);
            double share = (JIT.getTotalCompilationTime() - compiling) / ((System.nanoTime() - start) / 1e6);
            out.printf(
                    "warm-up round %d: %,.0f events/s; JIT compiling for %.0f%% of the round%n",
                    round, throughput, 100 * share);
            out.flush();
            quiet = share < 0.1 ? quiet + 1 : 0;
            if (quiet == 2) {
                return;
            }
        }
    }

    /** One round of n events; prints its figures and returns its throughput (events/s). */
    private double pipeline(int n, int rate, int perCommit, int publishers, PrintWriter out, double raw)
            throws SQLException, InterruptedException {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        // Event ids are the run plus the index; an event's log row commits with its call record.
        CommitWatch watch = new CommitWatch(db, run, n, WATCH_EVERY);
        Thread watcher = new Thread(watch, "pipeline-bench-commit-watch");
        watcher.start();
        long start = System.nanoTime();
        new CallEventPublisher(factory, events, run, watch).publish(n, rate, perCommit, publishers);
        double published = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + 600_000_000_000L;
        int applied = 0;
        while (applied < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
            applied = applied(run);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        watcher.join(10_000);
        watch.stop();
        List<Double> fromCommit = watch.fromCommit();
        List<Double> fromSend = watch.fromSend();
        out.printf(
                "published %,d persistent call events (%d per transaction, %d thread(s)) in %.2f s;"
                        + " all %,d in call records after %.2f s%n",
                n, perCommit, publishers, published, applied, seconds);
        out.printf(
                "event pipeline: %,.0f events/s, latency p50 %,.0f ms, p99 %,.0f ms"
                        + " (publishing commit to committed call record, every %dth event: %,d);"
                        + " from the send: p50 %,.0f ms, p99 %,.0f ms%n",
                applied / seconds,
                percentile(fromCommit, 0.5),
                percentile(fromCommit, 0.99),
                WATCH_EVERY,
                fromCommit.size(),
                percentile(fromSend, 0.5),
                percentile(fromSend, 0.99));
        out.printf("pipeline throughput / raw Artemis throughput: %.3f%n", applied / seconds / raw);
        cleanUp(run);
        return applied / seconds;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get((int) (sorted.size() * p));
    }

    /** How many of the run's events are in committed call records. */
    private int applied(String run) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from event_log where eventId like ?")) {
            s.setString(1, run + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void cleanUp(String run) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement records = c.prepareStatement("delete from call_record where tenant_id = ?");
                PreparedStatement logged = c.prepareStatement("delete from event_log where eventId like ?")) {
            records.setLong(1, CallEventPublisher.TENANT);
            records.executeUpdate();
            logged.setString(1, run + "%");
            logged.executeUpdate();
        }
    }
}

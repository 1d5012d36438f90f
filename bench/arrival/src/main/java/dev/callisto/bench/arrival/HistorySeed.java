package dev.callisto.bench.arrival;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Gives a tenant a history: past contacts, answered by its agents over the last 30 days (a thirtieth
 * of them today), written straight into the contact table in JDBC batches. Ids are negative so
 * they never meet the ones the server allocates. {@code POST /seed?tenant=acme&contacts=1000000}.
 */
@WebServlet("/seed")
public class HistorySeed extends HttpServlet {

    private static final int BATCH = 5_000;

    @Resource(lookup = "java:jboss/datasources/CallistoDS")
    private DataSource db;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int contacts = Integer.parseInt(req.getParameter("contacts"));
        String tenant = req.getParameter("tenant");
        long started = System.nanoTime();
        try (Connection c = db.getConnection()) {
            long tenantId = single(c, "select id from tenant where code = ?", tenant);
            List<Long> agents = column(c, "select id from agent where tenant_id = ?", tenantId);
            List<Long> groups = column(c, "select id from skill_group where tenant_id = ?", tenantId);
            long lowest = single(c, "select coalesce(min(id), 0) from contact where id < 0", null);
            insert(c, tenantId, agents, groups, lowest, contacts);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        resp.setContentType("text/plain");
        resp.getWriter().printf("seeded %,d past contacts in %.0f s%n", contacts, (System.nanoTime() - started) / 1e9);
    }

    private static void insert(
            Connection c, long tenantId, List<Long> agents, List<Long> groups, long lowest, int contacts)
            throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.now();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into contact (id, version, tenant_id, skillGroupId,"
                + " kind, priority, customer, status, enqueuedAt, agentId, answeredAt, endedAt)"
                + " values (?, 0, ?, ?, 'CALL', 0, ?, 'COMPLETED', ?, ?, ?, ?)")) {
            for (int i = 1; i <= contacts; i++) {
                Instant answered = now.minus(Duration.ofSeconds(random.nextLong(30L * 24 * 3600)));
                insert.setLong(1, lowest - i);
                insert.setLong(2, tenantId);
                insert.setLong(3, groups.get(random.nextInt(groups.size())));
                insert.setString(4, "+86139" + String.format("%08d", random.nextInt(100_000_000)));
                insert.setTimestamp(5, Timestamp.from(answered.minusSeconds(20)));
                insert.setLong(6, agents.get(random.nextInt(agents.size())));
                insert.setTimestamp(7, Timestamp.from(answered));
                insert.setTimestamp(8, Timestamp.from(answered.plusSeconds(180)));
                insert.addBatch();
                if (i % BATCH == 0 || i == contacts) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private static long single(Connection c, String sql, Object parameter) throws SQLException {
        List<Long> values = column(c, sql, parameter);
        if (values.isEmpty()) {
            throw new SQLException("nothing for " + sql + " with " + parameter);
        }
        return values.get(0);
    }

    private static List<Long> column(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
            return values;
        }
    }
}

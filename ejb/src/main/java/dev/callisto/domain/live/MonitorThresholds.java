package dev.callisto.domain.live;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's alert thresholds for the monitoring page, per role: each role's card shows up to four
 * metrics, and a counter over its threshold turns red. Kept as JSON text ({role: {metric: limit}}).
 */
@Entity
@Table(name = "monitor_thresholds")
public class MonitorThresholds {

    public static final int MAX_PER_ROLE = 4;

    @Id
    @Column(name = "tenant_id")
    private long tenantId;

    @Lob
    @Column(nullable = false)
    private String json;

    protected MonitorThresholds() {}

    public MonitorThresholds(long tenantId) {
        this.tenantId = tenantId;
        this.json = "{}";
    }

    /**
     * Replaces the thresholds; refuses an unknown role or metric, a negative limit, or more than
     * four metrics for a role, naming {@code <role>.<metric>}.
     */
    public void change(Map<String, Map<String, Long>> byRole, Set<String> roles, Set<String> metrics, String json) {
        byRole.forEach((role, limits) -> {
            if (!roles.contains(role)) {
                throw new InvalidInputException(role, "thresholds are set for the roles " + roles);
            }
            if (limits.size() > MAX_PER_ROLE) {
                throw new InvalidInputException(role, "a role's card shows at most " + MAX_PER_ROLE + " metrics");
            }
            limits.forEach((metric, limit) -> {
                if (!metrics.contains(metric)) {
                    throw new InvalidInputException(role + "." + metric, "no metric " + metric);
                }
                if (limit == null || limit < 0) {
                    throw new InvalidInputException(role + "." + metric, "a threshold is 0 or more");
                }
            });
        });
        this.json = json;
    }

    public String json() {
        return json;
    }
}

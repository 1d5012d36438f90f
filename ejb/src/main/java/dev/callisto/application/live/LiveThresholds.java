package dev.callisto.application.live;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.live.MonitorThresholds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The monitoring page's alert thresholds: admins set them per role, each viewer sees their roles' cards. */
@Stateless
public class LiveThresholds {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Set<String> ROLES = Set.of(Roles.SUPERVISOR, Roles.ADMIN);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** The thresholds of the viewer's roles: {role: {metric: limit}}. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public JsonObject mine() {
        JsonObject all = parse(find().json());
        var mine = JSON.createObjectBuilder();
        all.forEach((role, limits) -> {
            if (caller.isInRole(role)) {
                mine.add(role, limits);
            }
        });
        return mine.build();
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("monitor.thresholds")
    public JsonObject change(String json) {
        JsonObject given = parse(json);
        Map<String, Map<String, Long>> byRole = new LinkedHashMap<>();
        given.forEach((role, limits) -> {
            if (limits.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(role, "a role's thresholds are an object {metric: limit}");
            }
            Map<String, Long> values = new LinkedHashMap<>();
            limits.asJsonObject()
                    .forEach((metric, limit) ->
                            values.put(metric, limit instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null));
            byRole.put(role, values);
        });
        MonitorThresholds thresholds = find();
        thresholds.change(byRole, ROLES, metrics(), given.toString());
        return given;
    }

    private MonitorThresholds find() {
        MonitorThresholds t = em.find(MonitorThresholds.class, caller.tenantId());
        if (t == null) {
            t = new MonitorThresholds(caller.tenantId());
            em.persist(t);
        }
        return t;
    }

    /** What can be watched: the counters of {@link LiveSnapshot}. */
    static Set<String> metrics() {
        Set<String> metrics = new TreeSet<>(LiveSnapshot.CALL_COUNTERS);
        metrics.add("agentsOnline");
        for (AgentState s : AgentState.values()) {
            metrics.add("state." + s.name());
        }
        return metrics;
    }

    private static JsonObject parse(String json) {
        try {
            return JSON.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("thresholds", "thresholds are a JSON object {role: {metric: limit}}");
        }
    }
}

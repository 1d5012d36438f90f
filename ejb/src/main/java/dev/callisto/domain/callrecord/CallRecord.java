package dev.callisto.domain.callrecord;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The call record (CDR): one per call, built only from the call's events, in whatever order they
 * arrive. Each event fills in what it knows and adds a line to the trajectory, which is kept
 * sorted by time.
 */
@Entity
@Table(
        name = "call_record",
        indexes = {@Index(columnList = "tenant_id, arrivedAt"), @Index(columnList = "tenant_id, customer")})
@NamedQuery(name = "CallRecord.byCall", query = "select r from CallRecord r where r.callId = :callId")
@NamedQuery(
        name = "CallRecord.byCalls",
        query = "select r from CallRecord r where r.callId in :callIds order by r.callId")
public class CallRecord {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true)
    private long callId;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(length = 80)
    private String customer;

    @Column(length = 15)
    private String channel;

    @Column(length = 10)
    private String direction;

    /** Every agent who was on the call, as ",3,7," so that one agent's calls are a LIKE away. */
    @Column(nullable = false, length = 400)
    private String agentIds = ",";

    private Long lastAgentId;
    private Long skillGroupId;
    private Instant arrivedAt;
    private Instant queuedAt;
    private Instant offeredAt;
    private Instant answeredAt;
    private Instant endedAt;

    /** When the caller left the IVR (null: no IVR). */
    private Instant ivrEndedAt;

    /** The keys pressed in the IVR, in order, comma-separated (按键轨迹). */
    @Column(length = 400)
    private String ivrKeys;

    @Column(length = 25)
    private String result;

    @Column(length = 12)
    private String hungUpBy;

    private long queueSeconds;
    private long ringSeconds;
    private long talkSeconds;
    private long holdSeconds;
    private long afterCallWorkSeconds;
    private long sessionSeconds;
    private Integer satisfaction;

    /** Mean estimated MOS of the customer's leg and of the agents' legs, and the lowest of any leg. */
    private Double customerMos;

    private Double agentMos;
    private Double lowestMos;
    private Instant calledBackAt;

    @Lob
    @Column(nullable = false)
    private String trajectory = "[]";

    /** The agent's latest tags, notes and service summary, as JSON. */
    @Column(length = 4000)
    private String wrapUp;

    protected CallRecord() {}

    public CallRecord(long callId, long tenantId) {
        this.callId = callId;
        this.tenantId = tenantId;
    }

    /** What every event says about the call: who, where from, which agent, which group. */
    public void describe(String customer, String channel, String direction, Long skillGroupId, Long agentId) {
        this.customer = customer;
        this.channel = channel;
        this.direction = direction;
        this.skillGroupId = skillGroupId == null ? this.skillGroupId : skillGroupId;
        if (agentId != null && !agentIds.contains("," + agentId + ",")) {
            agentIds = agentIds + agentId + ",";
        }
    }

    public void arrived(Instant at) {
        arrivedAt = earliest(arrivedAt, at);
    }

    public void queued(Instant at) {
        queuedAt = earliest(queuedAt, at);
    }

    public void offered(Instant at) {
        offeredAt = earliest(offeredAt, at);
    }

    public void answered(long agentId, Instant at) {
        answeredAt = earliest(answeredAt, at);
        lastAgentId = agentId;
    }

    public void ended(
            Instant at,
            String result,
            String hungUpBy,
            long queue,
            long ring,
            long talk,
            long hold,
            long session,
            Integer satisfaction) {
        this.endedAt = at;
        this.result = result;
        this.hungUpBy = hungUpBy;
        this.queueSeconds = queue;
        this.ringSeconds = ring;
        this.talkSeconds = talk;
        this.holdSeconds = hold;
        this.sessionSeconds = session;
        this.satisfaction = satisfaction;
    }

    /** How the call's media sounded (null figures: no leg reported its link). */
    public void sounded(Double customerMos, Double agentMos, Double lowestMos) {
        this.customerMos = customerMos;
        this.agentMos = agentMos;
        this.lowestMos = lowestMos;
    }

    public void ivrEnded(Instant at) {
        ivrEndedAt = earliest(ivrEndedAt, at);
    }

    public void wrappedUp(String json) {
        wrapUp = json;
    }

    public void addAfterCallWork(long seconds) {
        afterCallWorkSeconds += seconds;
    }

    public void calledBack(Instant at) {
        calledBackAt = earliest(calledBackAt, at);
    }

    /**
     * Adds steps to the trajectory, keeping it in step order whatever order events arrive in. A
     * batch of a call's events adds its steps at once: the stored trajectory is read and written
     * once, not once per step.
     */
    public void addSteps(Collection<JsonObject> steps) {
        JsonArray current;
        try (var reader = JSON.createReader(new StringReader(trajectory))) {
            current = reader.readArray();
        }
        JsonArrayBuilder sorted = JSON.createArrayBuilder();
        List<JsonObject> all = new ArrayList<>(current.getValuesAs(JsonObject.class));
        all.addAll(steps);
        all.sort(Comparator.comparing((JsonObject o) -> o.getString("at")).thenComparingInt(o -> o.getInt("seq", 0)));
        all.forEach(sorted::add);
        trajectory = sorted.build().toString();
        String keys = all.stream()
                .filter(o -> o.getString("step").equals("ivr-key"))
                .map(o -> o.getString("detail", ""))
                .collect(Collectors.joining(","));
        ivrKeys = keys.isEmpty() ? null : keys.length() > 400 ? keys.substring(0, 400) : keys;
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    public long callId() {
        return callId;
    }

    public long tenantId() {
        return tenantId;
    }

    public String customer() {
        return customer;
    }

    public String channel() {
        return channel;
    }

    public String direction() {
        return direction;
    }

    public String agentIds() {
        return agentIds;
    }

    public Long lastAgentId() {
        return lastAgentId;
    }

    public Long skillGroupId() {
        return skillGroupId;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant ivrEndedAt() {
        return ivrEndedAt;
    }

    /** Seconds from arrival to leaving the IVR. */
    public long ivrSeconds() {
        return ivrEndedAt == null || arrivedAt == null
                ? 0
                : java.time.Duration.between(arrivedAt, ivrEndedAt).toSeconds();
    }

    public String ivrKeys() {
        return ivrKeys;
    }

    public String result() {
        return result;
    }

    public String hungUpBy() {
        return hungUpBy;
    }

    public long queueSeconds() {
        return queueSeconds;
    }

    public long ringSeconds() {
        return ringSeconds;
    }

    public long talkSeconds() {
        return talkSeconds;
    }

    public long holdSeconds() {
        return holdSeconds;
    }

    public long afterCallWorkSeconds() {
        return afterCallWorkSeconds;
    }

    public long sessionSeconds() {
        return sessionSeconds;
    }

    public Integer satisfaction() {
        return satisfaction;
    }

    public Double customerMos() {
        return customerMos;
    }

    public Double agentMos() {
        return agentMos;
    }

    public Double lowestMos() {
        return lowestMos;
    }

    public Instant calledBackAt() {
        return calledBackAt;
    }

    public String wrapUp() {
        return wrapUp;
    }

    public String trajectory() {
        return trajectory;
    }
}

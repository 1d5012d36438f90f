package dev.callisto.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * How a leg's media link has been: the latest figures, the lowest and mean MOS, and whether it is
 * poor now. Kept apart from {@link CallLeg} because the figures arrive every few seconds while
 * the call's own commands change the call and its legs; neither has to wait for or overwrite the
 * other. Only an OK → poor change is news ({@code call.quality}); a poor leg that stays poor is not.
 */
@Entity
@Table(name = "leg_quality", indexes = @Index(columnList = "callId"))
@NamedQuery(name = "LegQuality.ofCall", query = "select q from LegQuality q where q.callId = :callId")
@NamedQuery(name = "LegQuality.ofCalls", query = "select q from LegQuality q where q.callId in :callIds")
public class LegQuality {

    /** The leg's id. */
    @Id
    private Long legId;

    @Version
    private long version;

    @Column(nullable = false)
    private long callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegRole role;

    private Long agentId;
    private double lossPercent;
    private double jitterMs;
    private double rttMs;
    private double mos;
    private double lowestMos;
    private double mosSum;
    private int reports;
    private boolean poor;

    protected LegQuality() {}

    public LegQuality(long legId, long callId, LegRole role, Long agentId) {
        this.legId = legId;
        this.callId = callId;
        this.role = role;
        this.agentId = agentId;
        this.lowestMos = Double.MAX_VALUE;
    }

    /** Takes the latest figures; true if they just turned poor. */
    public boolean measure(LinkQuality q) {
        mos = q.mos();
        lossPercent = q.lossPercent();
        jitterMs = q.jitterMs();
        rttMs = q.rttMs();
        lowestMos = Math.min(lowestMos, mos);
        mosSum += mos;
        reports++;
        boolean wasPoor = poor;
        poor = q.isPoor();
        return poor && !wasPoor;
    }

    public double averageMos() {
        return reports == 0 ? 0 : Math.round(mosSum / reports * 100) / 100.0;
    }

    /** The mean MOS over the legs that match, weighting each report alike. */
    public static OptionalDouble averageOf(Collection<LegQuality> legs, boolean customer) {
        double sum = 0;
        int n = 0;
        for (LegQuality q : legs) {
            if ((q.role == LegRole.CUSTOMER) == customer && !q.role.isSupervisor()) {
                sum += q.mosSum;
                n += q.reports;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.round(sum / n * 100) / 100.0);
    }

    /** The lowest MOS of the customer's and the agents' legs (a supervisor's own link is not the call's). */
    public static OptionalDouble lowestOf(Collection<LegQuality> legs) {
        return legs.stream()
                .filter(q -> q.reports > 0 && !q.role.isSupervisor())
                .mapToDouble(q -> q.lowestMos)
                .min();
    }

    public long callId() {
        return callId;
    }

    public LegRole role() {
        return role;
    }

    public Long agentId() {
        return agentId;
    }

    public double mos() {
        return mos;
    }

    public double lowestMos() {
        return lowestMos;
    }

    public double lossPercent() {
        return lossPercent;
    }

    public double jitterMs() {
        return jitterMs;
    }

    public double rttMs() {
        return rttMs;
    }

    public boolean poor() {
        return poor;
    }
}

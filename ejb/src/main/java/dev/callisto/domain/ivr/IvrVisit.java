package dev.callisto.domain.ivr;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A call's time in the IVR: the flow version it runs (to the end, whatever is published
 * meanwhile), where the caller is, the prompts last played, and until when the flow waits.
 */
@Entity
@Table(name = "ivr_visit")
@NamedQuery(name = "IvrVisit.ofCall", query = "select v from IvrVisit v where v.callId = :callId")
@NamedQuery(
        name = "IvrVisit.waitingUntil",
        query = "select v from IvrVisit v where v.waitingUntil is not null and v.waitingUntil <= :now")
public class IvrVisit {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, unique = true)
    private long callId;

    private long versionId;

    @Embedded
    private IvrState state;

    /** One per line, for the visual IVR and the caller's page. */
    @Column(length = 2000)
    private String lastPrompts = "";

    private Instant waitingUntil;

    protected IvrVisit() {}

    public IvrVisit(long tenantId, long callId, IvrFlowVersion version, String caller) {
        this.tenantId = tenantId;
        this.callId = callId;
        this.versionId = version.id();
        this.state = IvrState.startingFor(caller);
    }

    /** Remembers what the last input led to; waiting again restarts the node's timer. */
    public void took(IvrStep step, Instant now) {
        lastPrompts = String.join("\n", step.prompts());
        waitingUntil = step.outcome() instanceof IvrStep.Waiting w ? now.plusSeconds(w.timeoutSeconds()) : null;
    }

    public boolean isWaiting() {
        return waitingUntil != null;
    }

    /** The caller left the IVR (hung up, or the call ended another way): no timer runs for them. */
    public void left() {
        waitingUntil = null;
    }

    public long tenantId() {
        return tenantId;
    }

    public long callId() {
        return callId;
    }

    public long versionId() {
        return versionId;
    }

    public IvrState state() {
        return state;
    }

    public List<String> lastPrompts() {
        return lastPrompts.isEmpty() ? List.of() : List.of(lastPrompts.split("\n"));
    }

    public Instant waitingUntil() {
        return waitingUntil;
    }
}

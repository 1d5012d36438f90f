package dev.callisto.domain.ivr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** One saved version of a flow: its graph as JSON, never changed once saved. */
@Entity
@Table(name = "ivr_flow_version", uniqueConstraints = @UniqueConstraint(columnNames = {"flowId", "number"}))
@NamedQuery(
        name = "IvrFlowVersion.find",
        query = "select v from IvrFlowVersion v where v.flowId = :flowId and v.number = :number")
public class IvrFlowVersion {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    private long flowId;

    private int number;

    @Lob
    @Column(nullable = false)
    private String graph;

    @Column(length = 200)
    private String comment;

    @Column(nullable = false, length = 80)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    protected IvrFlowVersion() {}

    /** Saves a version; the JSON is parsed first, so a version that could not run is never stored. */
    public IvrFlowVersion(IvrFlow flow, String graphJson, String comment, String createdBy, Instant now) {
        FlowGraph.parse(graphJson);
        this.tenantId = flow.tenantId();
        this.flowId = flow.id();
        this.number = flow.nextVersion();
        this.graph = graphJson;
        this.comment = comment;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public FlowGraph parsed() {
        return FlowGraph.parse(graph);
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long flowId() {
        return flowId;
    }

    public int number() {
        return number;
    }

    public String graph() {
        return graph;
    }

    public String comment() {
        return comment;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

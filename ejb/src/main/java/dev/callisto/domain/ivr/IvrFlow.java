package dev.callisto.domain.ivr;

import dev.callisto.domain.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A named IVR of a tenant ("main", "holiday-hotline") and which of its versions is live. Publishing
 * swaps one number in one row, so it is atomic; calls already in the flow keep the version they
 * started on. Earlier live versions are remembered, so a rollback is one step.
 */
@Entity
@Table(name = "ivr_flow", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
@NamedQuery(name = "IvrFlow.byName", query = "select f from IvrFlow f where f.tenantId = :tenantId and f.name = :name")
public class IvrFlow {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 40)
    private String name;

    private int versions;

    /** The live version's number, or null before the first publication. */
    private Integer published;

    /** Versions that were live before, oldest first, comma-separated. */
    @Column(length = 1000)
    private String history = "";

    private Instant publishedAt;

    protected IvrFlow() {}

    public IvrFlow(long tenantId, String name) {
        this.tenantId = tenantId;
        this.name = name;
    }

    /** The number the next saved version gets. */
    public int nextVersion() {
        return ++versions;
    }

    public void publish(int number, Instant now) {
        if (published != null && published == number) {
            throw new ConflictException("version " + number + " of " + name + " is already live");
        }
        if (published != null) {
            List<String> before = new ArrayList<>(previous());
            before.add(String.valueOf(published));
            history = String.join(",", before.subList(Math.max(0, before.size() - 50), before.size()));
        }
        published = number;
        publishedAt = now;
    }

    /** Puts the previously live version back; the one rolled back from is not remembered. */
    public int rollBack(Instant now) {
        List<String> before = new ArrayList<>(previous());
        if (before.isEmpty()) {
            throw new ConflictException(name + " has no earlier live version to roll back to");
        }
        published = Integer.valueOf(before.remove(before.size() - 1));
        history = String.join(",", before);
        publishedAt = now;
        return published;
    }

    private List<String> previous() {
        return history.isEmpty() ? List.of() : Arrays.asList(history.split(","));
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public int versions() {
        return versions;
    }

    public Integer published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}

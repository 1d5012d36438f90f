package dev.callisto.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a contact's way through routing, kept for the call record: queued, each offer with
 * the decision that made it (candidates and why the winner won), each ring-out or rejection, and
 * how it ended.
 */
@Entity
@Table(name = "contact_step", indexes = @Index(columnList = "contact_id"))
@NamedQuery(name = "ContactStep.of", query = "select s from ContactStep s where s.contactId = :contactId order by s.id")
public class ContactStep {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(nullable = false, length = 40)
    private String type;

    @Column(nullable = false)
    private Instant at;

    private Long skillGroupId;
    private Long agentId;

    @Column(length = 4000)
    private String detail;

    protected ContactStep() {}

    public ContactStep(long contactId, String type, Instant at, Long skillGroupId, Long agentId, String detail) {
        this.contactId = contactId;
        this.type = type;
        this.at = at;
        this.skillGroupId = skillGroupId;
        this.agentId = agentId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public String type() {
        return type;
    }

    public Instant at() {
        return at;
    }

    public Long skillGroupId() {
        return skillGroupId;
    }

    public Long agentId() {
        return agentId;
    }

    public String detail() {
        return detail;
    }
}

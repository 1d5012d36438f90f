package dev.callisto.domain.phone;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A number customers ring (a DID, a 400 number) on one of the tenant's trunks, and where its
 * calls go: an IVR flow or straight to a skill group's queue. Numbers are unique across tenants:
 * the number an INVITE is for says whose call it is.
 */
@Entity
@Table(name = "service_number")
@NamedQuery(name = "ServiceNumber.byNumber", query = "select n from ServiceNumber n where n.number = :number")
public class ServiceNumber {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    private long trunkId;

    @Column(length = 80)
    private String flow;

    private Long skillGroupId;

    protected ServiceNumber() {}

    public ServiceNumber(long tenantId, DialledNumber number) {
        this.tenantId = tenantId;
        this.number = number.e164();
    }

    /** Where the number's calls go: exactly one of an IVR flow and a skill group. */
    public void route(Trunk trunk, String flow, Long skillGroupId) {
        if ((flow == null) == (skillGroupId == null)) {
            throw new InvalidInputException("flow", "give either an IVR flow or a skill group");
        }
        this.trunkId = trunk.id();
        this.flow = flow;
        this.skillGroupId = skillGroupId;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String number() {
        return number;
    }

    public long trunkId() {
        return trunkId;
    }

    public String flow() {
        return flow;
    }

    public Long skillGroupId() {
        return skillGroupId;
    }
}

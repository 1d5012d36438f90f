package dev.callisto.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A company using Callisto. Every other row belongs to exactly one tenant. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findByCode", query = "select t from Tenant t where t.code = :code")
public class Tenant {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    protected Tenant() {}

    public Tenant(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}

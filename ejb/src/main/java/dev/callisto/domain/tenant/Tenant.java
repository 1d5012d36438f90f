package dev.callisto.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.Base64;

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

    /**
     * Signs visitor tokens for customer pages. Created on first use, so tenants that existed
     * before customer pages get one too.
     */
    @Column(length = 64)
    private String visitorSecret;

    protected Tenant() {}

    public Tenant(String code, String name) {
        this.code = code;
        this.name = name;
        visitorSecret();
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

    public byte[] visitorSecret() {
        if (visitorSecret == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            visitorSecret = Base64.getEncoder().encodeToString(secret);
        }
        return Base64.getDecoder().decode(visitorSecret);
    }
}

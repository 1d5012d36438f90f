package dev.callisto.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Ties a signed-in login to its tenant. Logins are unique across tenants because the identity
 * realm (file realm or Keycloak) is shared; the realm says who someone is and what roles they
 * have, Callisto says which tenant's data they work on.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByLogin", query = "select u from UserAccount u where u.login = :login")
public class UserAccount {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String login;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    protected UserAccount() {}

    public UserAccount(String login, long tenantId) {
        this.login = login;
        this.tenantId = tenantId;
    }

    public String login() {
        return login;
    }

    public long tenantId() {
        return tenantId;
    }
}

package dev.callisto.application;

import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.tenant.Tenant;
import dev.callisto.domain.tenant.UserAccount;
import dev.callisto.infrastructure.security.TokenClaims;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;

/**
 * Who is calling and on which tenant's data. Every service asks this before it queries, so no
 * query runs without a tenant; a signed-in user without a Callisto account gets nothing.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class Caller {

    @Resource
    private SessionContext session;

    private static final String TENANT = Caller.class.getName() + ".tenant";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    public String login() {
        return session.getCallerPrincipal().getName();
    }

    /**
     * The caller's tenant. Looked up once per transaction: a service asks several times while
     * serving one request, and the answer cannot change within it.
     */
    public long tenantId() {
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(TENANT) instanceof Long cached) {
            return cached;
        }
        long tenantId = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login())
                .getResultStream()
                .findFirst()
                .map(UserAccount::tenantId)
                .orElseThrow(() -> new ForbiddenException("user " + login() + " belongs to no tenant"));
        // Signed in through Keycloak: the token's tenant claim must name the same tenant, so an
        // identity provider and Callisto's own records can never disagree about who sees what.
        TokenClaims.claim(session.getCallerPrincipal(), "tenant").ifPresent(code -> {
            boolean same = em.createNamedQuery("Tenant.findByCode", Tenant.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .anyMatch(t -> t.id() == tenantId);
            if (!same) {
                throw new ForbiddenException("the token's tenant " + code + " is not " + login() + "'s tenant");
            }
        });
        if (inTransaction) {
            transaction.putResource(TENANT, tenantId);
        }
        return tenantId;
    }

    /** The caller's own agent record, if the caller is an agent of their tenant. */
    public Optional<Agent> agent() {
        return em.createNamedQuery("Agent.findByLogin", Agent.class)
                .setParameter("tenantId", tenantId())
                .setParameter("login", login())
                .getResultStream()
                .findFirst();
    }

    /** The caller's agent record; refuses callers who are not agents. */
    public Agent requireAgent() {
        return agent().orElseThrow(() -> new ForbiddenException(login() + " is not an agent"));
    }

    public boolean isInRole(String role) {
        return session.isCallerInRole(role);
    }

    /** Supervisors and admins act on any agent of their tenant; an agent only on themself. */
    public boolean mayActFor(String agentLogin) {
        return isInRole(Roles.SUPERVISOR) || isInRole(Roles.ADMIN) || login().equals(agentLogin);
    }

    /** For events: who caused a change, by their strongest role. */
    public String cause() {
        return isInRole(Roles.ADMIN) ? Roles.ADMIN : isInRole(Roles.SUPERVISOR) ? Roles.SUPERVISOR : Roles.AGENT;
    }
}

package dev.callisto.domain.ticket;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A tenant's ticket rules that admins set: which roles may close tickets. */
@Entity
@Table(name = "ticket_policy")
public class TicketPolicy {

    /** Unless an admin says otherwise, team leads and admins close tickets; agents resolve them. */
    public static final Set<String> DEFAULT_CLOSING_ROLES = Set.of("supervisor", "admin");

    @Id
    @Column(name = "tenant_id")
    private long tenantId;

    @Column(nullable = false, length = 200)
    private String closingRoles;

    protected TicketPolicy() {}

    public TicketPolicy(long tenantId, Collection<String> closingRoles, Set<String> knownRoles) {
        this.tenantId = tenantId;
        allowClosing(closingRoles, knownRoles);
    }

    public final void allowClosing(Collection<String> roles, Set<String> knownRoles) {
        for (String role : roles) {
            if (!knownRoles.contains(role)) {
                throw new InvalidInputException("closingRoles", "unknown role " + role + "; roles are " + knownRoles);
            }
        }
        this.closingRoles = String.join(",", new TreeSet<>(roles));
    }

    public Set<String> closingRoles() {
        return closingRoles.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(closingRoles.split(",")));
    }
}

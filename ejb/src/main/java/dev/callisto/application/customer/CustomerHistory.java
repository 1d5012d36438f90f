package dev.callisto.application.customer;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.callrecord.CallRecordQuery;
import dev.callisto.application.callrecord.CallRecordService;
import dev.callisto.domain.callrecord.CallRecord;
import dev.callisto.domain.customer.CustomerKey;
import dev.callisto.domain.ticket.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the screen pop shows about a customer: their recent calls (those the agent may see) and
 * all their tickets in the tenant, newest first, so whoever answers knows what is still open.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CustomerHistory {

    public static final int RECENT = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallRecordService records;

    public record History(List<CallRecord> calls, List<Ticket> tickets) {}

    public History of(String named) {
        String customer = CustomerKey.of(named);
        CallRecordQuery byCustomer =
                new CallRecordQuery(null, null, null, null, customer, null, null, null, null, null, false, null);
        List<CallRecord> calls = records.search(byCustomer, 0, RECENT).items().stream()
                .filter(r -> customer.equals(r.customer()))
                .toList();
        List<Ticket> tickets = em.createQuery(
                        "select t from Ticket t where t.tenantId = :tenantId and t.origin.customer = :customer"
                                + " order by t.updatedAt desc, t.id desc",
                        Ticket.class)
                .setParameter("tenantId", caller.tenantId())
                .setParameter("customer", customer)
                .setMaxResults(RECENT)
                .getResultList();
        return new History(calls, tickets);
    }
}

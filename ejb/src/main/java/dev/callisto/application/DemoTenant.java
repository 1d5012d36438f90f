package dev.callisto.application;

import dev.callisto.application.ticket.TicketSettings;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentProfile;
import dev.callisto.domain.agent.AnswerMode;
import dev.callisto.domain.agent.BreakReason;
import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.field.FieldKind;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import dev.callisto.domain.tenant.Tenant;
import dev.callisto.domain.tenant.UserAccount;
import dev.callisto.domain.ticket.MessageTemplate;
import dev.callisto.domain.ticket.Sla;
import dev.callisto.domain.ticket.TicketType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo tenants once, when the server runs with {@code callisto.demo=true} (the default
 * of the embedded configuration): "acme" with an admin, a supervisor, three agents and two skill
 * groups, ticket types with message templates, a live IVR flow "main", and a small "globex" to show that tenants do not see each other. The logins match the
 * demo users of the file realm (realm/src/main/filerealm).
 */
@Singleton
@Startup
public class DemoTenant {

    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());
    private static final List<String> BREAKS = List.of("rest", "meal", "training", "meeting", "activity");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DemoIvr ivr;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("callisto.demo")
                || !em.createNamedQuery("Tenant.findByCode", Tenant.class)
                        .setParameter("code", "acme")
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        // inspector, calladmin and superadmin exist only in the Keycloak realm (quality-inspector,
        // call-admin and super-admin roles); the file realm has the three application roles.
        long acme = tenant(
                "acme", "Acme Corporation", List.of("admin", "supervisor", "inspector", "calladmin", "superadmin"));
        Agent agent1 = agent(acme, "agent1", "Alice Agent", "1001");
        Agent agent2 = agent(acme, "agent2", "Bob Agent", "1002");
        Agent agent3 = agent(acme, "agent3", "Carol Agent", "1003");
        long sales = group(acme, "Sales", List.of(agent1, agent2), 30);
        long support = group(acme, "Support", List.of(agent2, agent3), 60);

        ticketSetup(acme);
        ivr.load(acme, sales, support, clock.instant());

        long globex = tenant("globex", "Globex Inc.", List.of("globex-admin"));
        group(globex, "Billing", List.of(agent(globex, "globex-agent", "Gina Globex", "2001")), 0);
        LOG.info("Loaded demo tenants acme and globex");
    }

    private long tenant(String code, String name, List<String> staff) {
        Tenant tenant = new Tenant(code, name);
        em.persist(tenant);
        staff.forEach(login -> em.persist(new UserAccount(login, tenant.id())));
        BREAKS.forEach(reason -> em.persist(
                new BreakReason(tenant.id(), reason, Character.toUpperCase(reason.charAt(0)) + reason.substring(1))));
        return tenant.id();
    }

    private Agent agent(long tenantId, String login, String name, String workNumber) {
        em.persist(new UserAccount(login, tenantId));
        Agent agent = new Agent(
                tenantId,
                login,
                new AgentProfile(name, workNumber, null, AnswerMode.BROWSER_PHONE, 3),
                clock.instant());
        em.persist(agent);
        return agent;
    }

    /** Two ticket types and, on every customer channel, a template for each. */
    private void ticketSetup(long tenantId) {
        List<String> products = List.of("Phone", "Laptop", "Tablet");
        TicketType afterSales = new TicketType(
                tenantId,
                "After-sales",
                List.of(
                        new FieldDefinition("orderNumber", "Order number", FieldKind.TEXT, true, null),
                        new FieldDefinition("product", "Product", FieldKind.CHOICE, true, products),
                        new FieldDefinition("purchaseDate", "Purchase date", FieldKind.DATE, false, null)),
                Sla.standard());
        TicketType preSales = new TicketType(
                tenantId,
                "Pre-sales",
                List.of(
                        new FieldDefinition("budget", "Budget", FieldKind.NUMBER, false, null),
                        new FieldDefinition("interests", "Interested in", FieldKind.MULTI_CHOICE, false, products)),
                Sla.standard());
        em.persist(afterSales);
        em.persist(preSales);
        for (String channel : TicketSettings.CHANNELS) {
            em.persist(new MessageTemplate(
                    tenantId, channel, "After-sales service", "Repairs, returns and orders", afterSales));
            em.persist(new MessageTemplate(tenantId, channel, "Pre-sales question", "Before you buy", preSales));
        }
    }

    private long group(long tenantId, String name, List<Agent> members, int afterCallWorkSeconds) {
        SkillGroup group = new SkillGroup(tenantId, name, name + " line", afterCallWorkSeconds);
        em.persist(group);
        members.forEach(a -> em.persist(new SkillGroupMember(tenantId, group.id(), a.id(), 3)));
        return group.id();
    }
}

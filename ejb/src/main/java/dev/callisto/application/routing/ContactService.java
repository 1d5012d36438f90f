package dev.callisto.application.routing;

import dev.callisto.application.Caller;
import dev.callisto.application.Page;
import dev.callisto.application.PagedQuery;
import dev.callisto.application.Roles;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.contact.Contact;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.contact.ContactStep;
import dev.callisto.domain.routing.ContactKind;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.events.ContactEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * What people do with contacts: supervisors (and, later, the IVR) queue them; the offered agent
 * accepts or rejects; the customer abandons; the agent completes. Everything is tenant-scoped.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ContactService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Contacts contacts;

    @Inject
    private QueueReturn queueReturn;

    @Inject
    private Clock clock;

    public Contact enqueue(long groupId, ContactKind kind, int priority, String customer) {
        SkillGroup group = em.find(SkillGroup.class, groupId);
        if (group == null || group.tenantId() != caller.tenantId()) {
            throw new NotFoundException("skill group", groupId);
        }
        return contacts.queue(group, kind, priority, customer, null, null, clock.instant());
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Contact accept(long contactId) {
        Contact c = contact(contactId);
        contacts.accept(c, callerAgent(), clock.instant(), Roles.AGENT);
        return c;
    }

    /** The agent declines: the contact goes to the next agent, the agent stays ready. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Contact reject(long contactId) {
        Contact c = contact(contactId);
        c.requireOfferedTo(callerAgent().id(), "rejected");
        queueReturn.apply(c, ContactEvent.OFFER_REJECTED, false, "rejected by the agent", clock.instant());
        return c;
    }

    /** The customer hung up or closed the chat before anyone answered. */
    public Contact abandon(long contactId) {
        Contact c = contact(contactId);
        contacts.abandon(c, clock.instant());
        return c;
    }

    /** The agent finished the contact; a call goes into the group's after-call work, if it has any. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Contact complete(long contactId) {
        Contact c = contact(contactId);
        Agent agent = em.find(Agent.class, c.agentId() == null ? -1 : c.agentId());
        if (agent == null || !caller.mayActFor(agent.login())) {
            throw new ForbiddenException("only the agent handling it may complete contact " + contactId);
        }
        contacts.complete(c, agent, true, clock.instant(), Roles.AGENT);
        return c;
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Contact get(long contactId) {
        Contact c = contact(contactId);
        if (!caller.isInRole(Roles.SUPERVISOR) && !caller.isInRole(Roles.ADMIN)) {
            Agent me = callerAgent();
            if (c.agentId() == null || c.agentId().longValue() != me.id()) {
                throw new ForbiddenException("agents see only contacts offered to or handled by them");
            }
        }
        return c;
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ContactStep> steps(long contactId) {
        get(contactId);
        return em.createNamedQuery("ContactStep.of", ContactStep.class)
                .setParameter("contactId", contactId)
                .getResultList();
    }

    /** Contacts by status, group and agent; an agent lists only their own. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<Contact> list(ContactStatus status, Long groupId, Long agentId, int page, int size) {
        Long onlyAgent = caller.isInRole(Roles.SUPERVISOR) || caller.isInRole(Roles.ADMIN)
                ? agentId
                : callerAgent().id();
        return new PagedQuery<>(Contact.class, caller.tenantId())
                .filter("e.status = :status", "status", status)
                .filter("e.skillGroupId = :groupId", "groupId", groupId)
                .filter("e.agentId = :agentId", "agentId", onlyAgent)
                .fetch(em, "e.priority desc, e.id", page, size);
    }

    private Contact contact(long contactId) {
        Contact c = em.find(Contact.class, contactId);
        if (c == null || c.tenantId() != caller.tenantId()) {
            throw new NotFoundException("contact", contactId);
        }
        return c;
    }

    private Agent callerAgent() {
        return caller.requireAgent();
    }
}

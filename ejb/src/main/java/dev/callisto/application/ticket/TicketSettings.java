package dev.callisto.application.ticket;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.ticket.MessageTemplate;
import dev.callisto.domain.ticket.Sla;
import dev.callisto.domain.ticket.TicketPolicy;
import dev.callisto.domain.ticket.TicketType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A tenant's ticket setup, which admins own: ticket types with their fields and SLA, the message
 * templates customers pick on each channel, and which roles may close tickets. Staff read it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TicketSettings {

    /** The channels a customer leaves messages on. */
    public static final Set<String> CHANNELS = Set.of("WEB", "H5", "MINI_PROGRAM");

    private static final Set<String> ROLES = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TicketAccess access;

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<TicketType> types() {
        return em.createQuery(
                        "select t from TicketType t where t.tenantId = :tenantId order by t.name", TicketType.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public TicketType type(long id) {
        return access.type(id);
    }

    @Audited("ticket-type.create")
    public TicketType addType(String name, List<FieldDefinition> fields, Sla sla) {
        requireUniqueName(name, null);
        TicketType type = new TicketType(caller.tenantId(), name, fields, sla == null ? Sla.standard() : sla);
        em.persist(type);
        return type;
    }

    @Audited("ticket-type.update")
    public TicketType changeType(long id, String name, List<FieldDefinition> fields, Sla sla) {
        TicketType type = access.type(id);
        requireUniqueName(name, id);
        type.change(name, fields, sla == null ? type.sla() : sla);
        return type;
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<MessageTemplate> templates(String channel) {
        return em.createQuery(
                        "select m from MessageTemplate m where m.tenantId = :tenantId"
                                + " and (:channel is null or m.channel = :channel) order by m.name",
                        MessageTemplate.class)
                .setParameter("tenantId", caller.tenantId())
                .setParameter("channel", channel)
                .getResultList();
    }

    @Audited("message-template.create")
    public MessageTemplate addTemplate(String channel, String name, String hint, long typeId) {
        MessageTemplate template =
                new MessageTemplate(caller.tenantId(), checkChannel(channel), name, hint, access.type(typeId));
        em.persist(template);
        return template;
    }

    @Audited("message-template.update")
    public MessageTemplate changeTemplate(long id, String channel, String name, String hint, long typeId) {
        MessageTemplate template = template(id);
        template.change(checkChannel(channel), name, hint, access.type(typeId));
        return template;
    }

    @Audited("message-template.delete")
    public void removeTemplate(long id) {
        em.remove(template(id));
    }

    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Set<String> closingRoles() {
        TicketPolicy policy = em.find(TicketPolicy.class, caller.tenantId());
        return policy == null ? TicketPolicy.DEFAULT_CLOSING_ROLES : policy.closingRoles();
    }

    /** Grants the close permission to exactly these roles. */
    @Audited("ticket-policy.closing-roles")
    public Set<String> allowClosing(Collection<String> roles) {
        TicketPolicy policy = em.find(TicketPolicy.class, caller.tenantId());
        if (policy == null) {
            em.persist(new TicketPolicy(caller.tenantId(), roles, ROLES));
        } else {
            policy.allowClosing(roles, ROLES);
        }
        return closingRoles();
    }

    private MessageTemplate template(long id) {
        MessageTemplate template = em.find(MessageTemplate.class, id);
        if (template == null || template.tenantId() != caller.tenantId()) {
            throw new NotFoundException("message template", id);
        }
        return template;
    }

    private static String checkChannel(String channel) {
        if (channel == null || !CHANNELS.contains(channel)) {
            throw new InvalidInputException("channel", "channel must be one of " + CHANNELS);
        }
        return channel;
    }

    private void requireUniqueName(String name, Long exceptId) {
        boolean taken = types().stream().anyMatch(t -> t.name().equalsIgnoreCase(name) && !t.id().equals(exceptId));
        if (taken) {
            throw new ConflictException("name", "there is already a ticket type named " + name);
        }
    }
}

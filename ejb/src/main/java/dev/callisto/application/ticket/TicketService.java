package dev.callisto.application.ticket;

import dev.callisto.application.Page;
import dev.callisto.application.PagedQuery;
import dev.callisto.application.Roles;
import dev.callisto.application.call.CallAccess;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketOrigin;
import dev.callisto.domain.ticket.TicketSource;
import dev.callisto.domain.ticket.TicketStatus;
import dev.callisto.domain.ticket.TicketType;
import dev.callisto.events.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Opens, reads, edits and searches tickets for staff. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class TicketService {

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "dueAt", "priority", "status");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketAccess access;

    @Inject
    private CallAccess calls;

    @Inject
    private TicketEvents events;

    @Inject
    private Clock clock;

    /**
     * Opens a ticket. From a call it links the call (and so its record and recording) and takes
     * the caller and channel from it; the agent who opens it gets it unless it is given to
     * someone else.
     */
    public Ticket open(TicketDraft draft) {
        TicketType type = access.type(draft.typeId());
        TicketOrigin origin = origin(draft);
        Ticket ticket = new Ticket(
                type,
                draft.subject(),
                draft.description(),
                draft.priority(),
                draft.fields(),
                origin,
                access.login(),
                clock.instant());
        em.persist(ticket);
        events.publish(TicketEvent.CREATED, ticket, origin.source().name());
        Long agentId = draft.assigneeAgentId() != null
                ? access.agent(draft.assigneeAgentId()).id()
                : draft.skillGroupId() == null ? access.me().map(Agent::id).orElse(null) : null;
        Long groupId = draft.skillGroupId() == null
                ? null
                : access.group(draft.skillGroupId()).id();
        if (agentId != null || groupId != null) {
            ticket.assignTo(agentId, groupId, access.login(), clock.instant());
            events.publish(TicketEvent.ASSIGNED, ticket, null);
        }
        return ticket;
    }

    public Ticket get(long id) {
        return access.ticket(id);
    }

    public TicketType typeOf(Ticket ticket) {
        return access.type(ticket.typeId());
    }

    public Ticket edit(long id, TicketDraft changes) {
        Ticket ticket = access.ticket(id);
        ticket.edit(
                access.type(ticket.typeId()),
                changes.subject(),
                changes.description(),
                changes.priority(),
                changes.fields(),
                access.login(),
                clock.instant());
        return ticket;
    }

    public Page<Ticket> search(TicketQuery q, int page, int size) {
        return query(q).fetch(em, orderBy(q.sort()), page, size);
    }

    /** How many of the tickets the query finds are in each status (for "my tickets"). */
    public Map<TicketStatus, Long> countByStatus(TicketQuery q) {
        Map<Object, Long> found = query(withStatus(q, null)).countBy(em, "e.status");
        Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            counts.put(status, found.getOrDefault(status, 0L));
        }
        return counts;
    }

    private PagedQuery<Ticket> query(TicketQuery q) {
        PagedQuery<Ticket> query = new PagedQuery<>(Ticket.class, access.tenantId())
                .filter("e.status = :status", "status", q.status())
                .filter("e.priority = :priority", "priority", q.priority())
                .filter("e.typeId = :typeId", "typeId", q.typeId())
                .filter("e.assigneeAgentId = :assignee", "assignee", q.assigneeAgentId())
                .filter("e.skillGroupId = :group", "group", q.skillGroupId())
                .filter("e.origin.customer = :customer", "customer", q.customer())
                .filter("e.origin.callId = :callId", "callId", q.callId())
                .filter("e.createdAt >= :from", "from", q.createdFrom())
                .filter("e.createdAt < :to", "to", q.createdTo());
        Instant now = clock.instant();
        if (q.overdue()) {
            query.restrict(
                    "e.dueAt < :now and e.status in :active",
                    Map.of("now", now, "active", List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING)));
        }
        if (q.reminders()) {
            query.filter("e.followUpAt <= :remindBy", "remindBy", now);
        }
        Long me = access.me().map(Agent::id).orElse(-1L);
        if (q.mine()) {
            query.restrict("e.assigneeAgentId = :me", Map.of("me", me));
        } else if (!access.seesAll()) {
            List<Long> groups = access.myGroups();
            query.restrict(
                    "e.assigneeAgentId = :me or e.createdBy = :login or e.skillGroupId in :myGroups",
                    Map.of("me", me, "login", access.login(), "myGroups", groups.isEmpty() ? List.of(-1L) : groups));
        }
        return query;
    }

    private static TicketQuery withStatus(TicketQuery q, TicketStatus status) {
        return new TicketQuery(
                status,
                q.priority(),
                q.typeId(),
                q.assigneeAgentId(),
                q.skillGroupId(),
                q.customer(),
                q.callId(),
                q.createdFrom(),
                q.createdTo(),
                q.mine(),
                q.overdue(),
                q.reminders(),
                q.sort());
    }

    private static String orderBy(String sort) {
        String s = sort == null || sort.isBlank() ? "-updatedAt" : sort.trim();
        boolean descending = s.startsWith("-");
        String field = descending ? s.substring(1) : s;
        if (!SORTABLE.contains(field)) {
            throw new InvalidInputException("sort", "sort by one of " + SORTABLE + ", optionally with a leading -");
        }
        return "e." + field + (descending ? " desc" : " asc") + ", e.id desc";
    }

    private TicketOrigin origin(TicketDraft draft) {
        if (draft.callId() == null) {
            if (draft.customer() == null || draft.customer().isBlank()) {
                throw new InvalidInputException("customer", "a ticket needs a customer or a call");
            }
            return TicketOrigin.of(TicketSource.API, draft.customer(), draft.channel());
        }
        Call call = calls.call(draft.callId());
        calls.requireVisible(call);
        return new TicketOrigin(
                TicketSource.CALL, call.customer(), call.channel().name(), call.id(), null, null);
    }
}

package dev.callisto.application.callrecord;

import dev.callisto.application.Caller;
import dev.callisto.application.Page;
import dev.callisto.application.PagedQuery;
import dev.callisto.application.Roles;
import dev.callisto.domain.ForbiddenException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.callrecord.CallRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Searches call records: an agent sees the calls they were on, supervisors and admins the tenant's. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CallRecordService {

    private static final Set<String> SORTABLE =
            Set.of("arrivedAt", "endedAt", "talkSeconds", "queueSeconds", "sessionSeconds", "customer", "result");
    private static final List<String> MISSED = Arrays.stream(CallResult.values())
            .filter(CallResult::isMissed)
            .map(Enum::name)
            .toList();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Page<CallRecord> search(CallRecordQuery q, int page, int size) {
        return query(q).fetch(em, orderBy(q.sort()), page, size);
    }

    public CallRecord get(long callId) {
        CallRecord r = em.createNamedQuery("CallRecord.byCall", CallRecord.class)
                .setParameter("callId", callId)
                .getResultStream()
                .filter(found -> found.tenantId() == caller.tenantId())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("call record", callId));
        Long me = onlyMine();
        if (me != null && !r.agentIds().contains("," + me + ",")) {
            throw new ForbiddenException("agents see only the records of their own calls");
        }
        return r;
    }

    private PagedQuery<CallRecord> query(CallRecordQuery q) {
        Long mine = onlyMine();
        Long agent = mine != null ? mine : q.agentId();
        PagedQuery<CallRecord> query = new PagedQuery<>(CallRecord.class, caller.tenantId())
                .filter("e.arrivedAt >= :from", "from", q.from())
                .filter("e.arrivedAt < :to", "to", q.to())
                .filter("e.agentIds like :agent", "agent", agent == null ? null : "%," + agent + ",%")
                .filter("e.skillGroupId = :group", "group", q.skillGroupId())
                .search("lower(e.customer) like concat('%', :q, '%')", q.customer())
                .filter("e.result = :result", "result", q.result())
                .filter("e.channel = :channel", "channel", q.channel())
                .filter("e.direction = :direction", "direction", q.direction())
                .filter("e.talkSeconds >= :minTalk", "minTalk", q.minTalkSeconds())
                .filter("e.talkSeconds <= :maxTalk", "maxTalk", q.maxTalkSeconds());
        if (q.missedOnly()) {
            query.filter(
                    // A call nobody answered is missed whatever ended it, a crash included (FAILED).
                    "e.direction = 'INBOUND' and e.calledBackAt is null"
                            + " and (e.result in :missed or (e.result = 'FAILED' and e.answeredAt is null))",
                    "missed",
                    MISSED);
        }
        return query;
    }

    private static String orderBy(String sort) {
        String s = sort == null || sort.isBlank() ? "-arrivedAt" : sort.trim();
        boolean descending = s.startsWith("-");
        String field = descending ? s.substring(1) : s;
        if (!SORTABLE.contains(field)) {
            throw new InvalidInputException("sort", "sort by one of " + SORTABLE + ", optionally with a leading -");
        }
        return "e." + field + (descending ? " desc" : " asc") + ", e.callId desc";
    }

    /** The agent id to restrict to when the caller is only an agent. */
    private Long onlyMine() {
        if (caller.isInRole(Roles.SUPERVISOR) || caller.isInRole(Roles.ADMIN)) {
            return null;
        }
        return caller.requireAgent().id();
    }
}

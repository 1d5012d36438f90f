package dev.callisto.application.call;

import dev.callisto.application.ivr.IvrCalls;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.call.BlacklistEntry;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallChannel;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.skillgroup.SkillGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * An inbound call arrives, from a staff stand-in or the customer's own page: the blacklist first,
 * then the IVR flow or the skill group's queue.
 */
@ApplicationScoped
public class CallArrival {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallJournal journal;

    @Inject
    private CallQueue queue;

    @Inject
    private IvrCalls ivr;

    public Call arrive(long tenantId, CallChannel channel, String customer, Long groupId, String flow, Instant now) {
        if ((groupId == null) == (flow == null)) {
            throw new InvalidInputException("skillGroupId", "give either a skill group or an IVR flow");
        }
        SkillGroup group = groupId == null ? null : em.find(SkillGroup.class, groupId);
        if (groupId != null && (group == null || group.tenantId() != tenantId)) {
            throw new NotFoundException("skill group", groupId);
        }
        Call call = Call.inbound(tenantId, channel, customer, now);
        em.persist(call);
        journal.step(call, "arrived", null, channel + " from " + customer, now);
        BlacklistEntry refusing = em.createNamedQuery("BlacklistEntry.find", BlacklistEntry.class)
                .setParameter("tenantId", tenantId)
                .setParameter("caller", customer)
                .getResultStream()
                .filter(b -> b.isActive(now))
                .findFirst()
                .orElse(null);
        if (refusing != null) {
            refusing.countRefusal();
            call.end(CallResult.BLACKLISTED, Party.SYSTEM, now);
            journal.step(call, "ended", null, "blacklisted: " + refusing.reason(), now);
        } else if (flow != null) {
            ivr.enter(call, flow, now);
        } else {
            queue.queue(call, group, null, 0, now);
        }
        return call;
    }
}

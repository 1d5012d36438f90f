package dev.callisto.application.call;

import dev.callisto.application.DomainEvents;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallStep;
import dev.callisto.domain.call.CallSummary;
import dev.callisto.domain.call.LegQuality;
import dev.callisto.events.CallEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/** Records a step of a call as a {@link CallStep} and publishes it as a {@link CallEvent}, in one transaction. */
@ApplicationScoped
public class CallJournal {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DomainEvents events;

    public void step(Call call, String step, Long agentId, String detail, Instant at) {
        publish(call, step, agentId, detail, at, null);
    }

    /** {@code at}, or the call's last step if that came later: an end never comes before what it ends. */
    public Instant notBeforeLastStep(Call call, Instant at) {
        Instant lastStep = em.createQuery("select max(s.at) from CallStep s where s.callId = :id", Instant.class)
                .setParameter("id", call.id())
                .getSingleResult();
        return lastStep != null && lastStep.isAfter(at) ? lastStep : at;
    }

    /** The after-call work an agent did for this call, once it is over. */
    public void afterCallWork(Call call, long agentId, long seconds, Instant at) {
        publish(call, "after-call-work-ended", agentId, seconds + " s", at, seconds);
    }

    private void publish(Call call, String step, Long agentId, String detail, Instant at, Long seconds) {
        em.flush(); // a new call needs its id
        em.persist(new CallStep(call.id(), step, at, agentId, detail));
        CallEvent.Summary summary = step.equals("ended") ? summaryOf(call) : null;
        events.publish(new CallEvent(
                UUID.randomUUID().toString(),
                CallEvent.PREFIX + step,
                call.tenantId(),
                at,
                call.id(),
                call.status().name(),
                call.direction().name(),
                call.channel().name(),
                call.customer(),
                call.skillGroupId(),
                agentId,
                detail,
                summary,
                seconds,
                call.nextStep()));
    }

    private CallEvent.Summary summaryOf(Call call) {
        CallSummary s = call.summary();
        List<LegQuality> quality = em.createNamedQuery("LegQuality.ofCall", LegQuality.class)
                .setParameter("callId", call.id())
                .getResultList();
        return new CallEvent.Summary(
                s.result().name(),
                s.hungUpBy() == null ? null : s.hungUpBy().name(),
                s.queueSeconds(),
                s.ringSeconds(),
                s.talkSeconds(),
                s.holdSeconds(),
                s.sessionSeconds(),
                s.satisfaction(),
                orNull(LegQuality.averageOf(quality, true)),
                orNull(LegQuality.averageOf(quality, false)),
                orNull(LegQuality.lowestOf(quality)));
    }

    private static Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}

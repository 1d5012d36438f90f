package dev.callisto.application.callrecord;

import dev.callisto.domain.callrecord.CallRecord;
import dev.callisto.domain.callrecord.ProcessedEvent;
import dev.callisto.events.CallEvent;
import dev.callisto.events.EventJson;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes call records from call events, each event exactly once (idempotent on the event id). */
@Stateless
@PermitAll
public class CallRecordProjector {

    private static final String PROJECTION = "call-record";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void apply(String json) {
        CallEvent e = EventJson.read(json, CallEvent.class);
        if (em.find(ProcessedEvent.class, PROJECTION + ":" + e.eventId()) != null) {
            return;
        }
        em.persist(new ProcessedEvent(PROJECTION, e.eventId(), clock.instant()));
        // Locked: events of one call may be applied by several consumer sessions at once.
        CallRecord record = em.createNamedQuery("CallRecord.byCall", CallRecord.class)
                .setParameter("callId", e.callId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    CallRecord created = new CallRecord(e.callId(), e.tenantId());
                    em.persist(created);
                    return created;
                });
        record.describe(e.customer(), e.channel(), e.direction(), e.skillGroupId(), e.agentId());
        String step = e.type().substring(CallEvent.PREFIX.length());
        switch (step) {
            case "arrived", "dialing" -> record.arrived(e.occurredAt());
            case "queued" -> record.queued(e.occurredAt());
            case "ivr-ended" -> record.ivrEnded(e.occurredAt());
            case "offered" -> record.offered(e.occurredAt());
            case "answered", "connected" -> record.answered(e.agentId(), e.occurredAt());
            case "after-call-work-ended" -> record.addAfterCallWork(e.seconds());
            case "wrapped-up" -> record.wrappedUp(e.detail());
            case "ended" -> {
                CallEvent.Summary s = e.summary();
                record.ended(
                        e.occurredAt(),
                        s.result(),
                        s.hungUpBy(),
                        s.queueSeconds(),
                        s.ringSeconds(),
                        s.talkSeconds(),
                        s.holdSeconds(),
                        s.sessionSeconds(),
                        s.satisfaction());
            }
            default -> {}
        }
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("at", e.occurredAt().toString())
                .add("seq", e.sequence() == null ? 0 : e.sequence())
                .add("step", step);
        if (e.agentId() != null) {
            line.add("agentId", e.agentId());
        }
        if (e.detail() != null) {
            line.add("detail", e.detail());
        }
        record.addStep(line.build());
        if (step.equals("dialing") && e.detail() != null && e.detail().startsWith("call back of call ")) {
            long original = Long.parseLong(e.detail().substring("call back of call ".length()));
            em.createNamedQuery("CallRecord.byCall", CallRecord.class)
                    .setParameter("callId", original)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(r -> r.calledBack(e.occurredAt()));
        }
    }
}

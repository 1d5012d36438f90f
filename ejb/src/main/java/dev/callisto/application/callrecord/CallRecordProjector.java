package dev.callisto.application.callrecord;

import dev.callisto.domain.callrecord.CallRecord;
import dev.callisto.events.CallEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes call records from call events. It applies what it is given: {@link
 * dev.callisto.application.EventIntake} hands it each event once, in the transaction that logs it.
 */
@Stateless
@PermitAll
public class CallRecordProjector {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    private EntityManager em;

    /**
     * Applies a batch of events in the caller's transaction: each call's record is read and
     * locked once, and records are locked in call order, so two batches touching the same calls
     * wait for each other instead of deadlocking. Nothing is written before the commit (the batch
     * reads none of its own writes back).
     */
    public void applyAll(List<CallEvent> batch) {
        List<CallEvent> events = batch.stream()
                .sorted(Comparator.comparingLong(CallEvent::callId))
                .toList();
        em.setFlushMode(FlushModeType.COMMIT);
        Map<Long, CallRecord> records =
                locked(events.stream().map(CallEvent::callId).distinct().toList());
        Map<Long, List<JsonObject>> steps = new HashMap<>();
        for (CallEvent e : events) {
            CallRecord record = records.computeIfAbsent(e.callId(), call -> created(call, e.tenantId()));
            steps.computeIfAbsent(e.callId(), call -> new ArrayList<>()).add(project(e, record, records));
        }
        steps.forEach((call, lines) -> records.get(call).addSteps(lines));
    }

    /** The existing records of these calls, locked in one query (in call order, as the ids are sorted). */
    private Map<Long, CallRecord> locked(List<Long> callIds) {
        Map<Long, CallRecord> records = new HashMap<>();
        if (!callIds.isEmpty()) {
            em.createNamedQuery("CallRecord.byCalls", CallRecord.class)
                    .setParameter("callIds", callIds)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(r -> records.put(r.callId(), r));
        }
        return records;
    }

    private CallRecord created(long callId, long tenantId) {
        CallRecord created = new CallRecord(callId, tenantId);
        em.persist(created);
        return created;
    }

    /** Fills in what the event tells the record; returns the event's line for the trajectory. */
    private JsonObject project(CallEvent e, CallRecord record, Map<Long, CallRecord> records) {
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
                record.sounded(s.customerMos(), s.agentMos(), s.lowestMos());
            }
            default -> {}
        }
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("at", e.occurredAt().toString())
                .add("seq", e.sequence() == null ? 0 : e.sequence())
                .add("step", step);
        if (e.agentId() != null) {
            line.add("agentId", e.agentId());
        }
        if (e.detail() != null) {
            line.add("detail", e.detail());
        }
        if (step.equals("dialing") && e.detail() != null && e.detail().startsWith("call back of call ")) {
            long original = Long.parseLong(e.detail().substring("call back of call ".length()));
            Optional.ofNullable(records.get(original))
                    .or(() -> em.createNamedQuery("CallRecord.byCall", CallRecord.class)
                            .setParameter("callId", original)
                            .getResultStream()
                            .findFirst())
                    .ifPresent(r -> r.calledBack(e.occurredAt()));
        }
        return line.build();
    }
}

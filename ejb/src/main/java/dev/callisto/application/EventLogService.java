package dev.callisto.application;

import dev.callisto.domain.eventlog.EventLogEntry;
import dev.callisto.events.EventEnvelope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps every event that crossed the events topic, once, and lets supervisors read their tenant's. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class EventLogService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * Records a batch of events (message bodies) in the caller's transaction, each once: the ones
     * already recorded (a redelivery after a crash) are skipped.
     *
     * @return the events recorded now, for the projections that must apply each once
     */
    @PermitAll
    public List<EventEnvelope> recordAll(List<String> jsons) {
        List<EventEnvelope> events = jsons.stream().map(EventEnvelope::parse).toList();
        Set<String> seen = new HashSet<>(em.createQuery(
                        "select e.eventId from EventLogEntry e where e.eventId in :eventIds", String.class)
                .setParameter(
                        "eventIds", events.stream().map(EventEnvelope::eventId).toList())
                .getResultList());
        List<EventEnvelope> recorded = new ArrayList<>();
        for (EventEnvelope event : events) {
            if (seen.add(event.eventId())) {
                recorded.add(event);
                em.persist(new EventLogEntry(
                        event.eventId(),
                        event.tenantId(),
                        event.type(),
                        event.version(),
                        event.agentId(),
                        event.occurredAt(),
                        clock.instant(),
                        event.json()));
            }
        }
        return recorded;
    }

    public Page<EventLogEntry> list(String type, Long agentId, int page, int size) {
        return new PagedQuery<>(EventLogEntry.class, caller.tenantId())
                .filter("e.type = :type", "type", type)
                .filter("e.agentId = :agentId", "agentId", agentId)
                .fetch(em, "e.occurredAt desc, e.id desc", page, size);
    }
}

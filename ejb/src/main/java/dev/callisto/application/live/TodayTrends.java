package dev.callisto.application.live;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.domain.callrecord.CallRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Today's trends for the monitoring page, from the call records of the day (in the viewer's time
 * zone): inbound and outbound calls per hour, answered vs abandoned, the service level (inbound
 * calls answered within N seconds of waiting, of those that reached the queue), average wait and
 * average handle time (talk, hold and after-call work).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class TodayTrends {

    public record Trends(
            long[] inboundPerHour,
            long[] outboundPerHour,
            long answered,
            long abandoned,
            int serviceLevelSeconds,
            Double serviceLevelPercent,
            double averageWaitSeconds,
            double averageHandleSeconds) {}

    private static final Set<String> ANSWERED = Set.of("ANSWERED", "QUICK_HANGUP");
    private static final Set<String> ABANDONED =
            Set.of("ABANDONED_IN_QUEUE", "ABANDONED_WHILE_RINGING", "QUEUE_TIMEOUT", "ABANDONED_IN_IVR");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public Trends today(ZoneId zone, int serviceLevelSeconds) {
        Instant start = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        List<CallRecord> records = em.createQuery(
                        "select r from CallRecord r where r.tenantId = :t and r.arrivedAt >= :start", CallRecord.class)
                .setParameter("t", caller.tenantId())
                .setParameter("start", start)
                .getResultList();
        long[] inbound = new long[24];
        long[] outbound = new long[24];
        long answered = 0;
        long abandoned = 0;
        long abandonedInQueue = 0;
        long queuedAnswered = 0;
        long withinLevel = 0;
        long waitSum = 0;
        long handleSum = 0;
        for (CallRecord r : records) {
            String result = r.result() == null ? "" : r.result(); // a call in progress has none yet
            int hour = r.arrivedAt().atZone(zone).getHour();
            boolean in = "INBOUND".equals(r.direction());
            (in ? inbound : outbound)[hour]++;
            if (ANSWERED.contains(result)) {
                answered++;
                handleSum += r.talkSeconds() + r.holdSeconds() + r.afterCallWorkSeconds();
                if (in && r.queuedAt() != null) {
                    queuedAnswered++;
                    long wait = r.queueSeconds() + r.ringSeconds();
                    waitSum += wait;
                    withinLevel += wait <= serviceLevelSeconds ? 1 : 0;
                }
            } else if (ABANDONED.contains(result)) {
                abandoned++;
                abandonedInQueue += r.queuedAt() != null ? 1 : 0;
            }
        }
        long reachedQueue = queuedAnswered + abandonedInQueue;
        return new Trends(
                inbound,
                outbound,
                answered,
                abandoned,
                serviceLevelSeconds,
                reachedQueue == 0 ? null : 100.0 * withinLevel / reachedQueue,
                queuedAnswered == 0 ? 0 : (double) waitSum / queuedAnswered,
                answered == 0 ? 0 : (double) handleSum / answered);
    }
}

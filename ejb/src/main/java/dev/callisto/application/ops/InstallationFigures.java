package dev.callisto.application.ops;

import dev.callisto.application.Roles;
import dev.callisto.application.media.MediaPort;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.contact.ContactStatus;
import dev.callisto.domain.webhook.WebhookDelivery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures an operations team scrapes from the whole installation (every tenant, labelled by
 * its code): calls in progress by status, the waiting contacts and the longest wait per skill
 * group, agents by state, whether the media server answers, the webhook deliveries still to
 * make, and the event pipeline. A handful of
 * grouped counts per scrape: none of them grows with the history, only with what is live.
 */
@Stateless
@RolesAllowed(Roles.METRICS_READER)
public class InstallationFigures {

    public record Count(String tenant, String label, long value) {}

    public record Queue(String tenant, String skillGroup, long waiting, long oldestWaitSeconds) {}

    public record Figures(
            List<Count> calls,
            List<Queue> queues,
            List<Count> agents,
            boolean mediaAvailable,
            List<Count> webhookBacklog,
            Map<EventPipeline.Kind, Long> events,
            Map<Long, String> tenants,
            double eventLagSecondsSum,
            long eventLagCount) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MediaPort media;

    @Inject
    private EventPipeline pipeline;

    @Inject
    private Clock clock;

    public Figures now() {
        Map<Long, String> tenants = new HashMap<>();
        for (Object[] t : rows("select t.id, t.code from Tenant t")) {
            tenants.put((Long) t[0], (String) t[1]);
        }
        List<Count> calls = em.createQuery(
                        "select c.tenantId, c.status, count(c) from Call c where c.status <> :ended"
                                + " group by c.tenantId, c.status",
                        Object[].class)
                .setParameter("ended", CallStatus.ENDED)
                .getResultStream()
                .map(r -> new Count(tenants.get((Long) r[0]), r[1].toString(), (Long) r[2]))
                .toList();
        Map<Long, String> groups = new HashMap<>();
        for (Object[] g : rows("select g.id, g.name from SkillGroup g")) {
            groups.put((Long) g[0], (String) g[1]);
        }
        Instant now = clock.instant();
        List<Queue> queues = em.createQuery(
                        "select c.tenantId, c.skillGroupId, count(c), min(c.enqueuedAt) from Contact c"
                                + " where c.status = :waiting group by c.tenantId, c.skillGroupId",
                        Object[].class)
                .setParameter("waiting", ContactStatus.WAITING)
                .getResultStream()
                .map(r -> new Queue(
                        tenants.get((Long) r[0]),
                        groups.get((Long) r[1]),
                        (Long) r[2],
                        r[3] == null
                                ? 0
                                : Math.max(
                                        0, Duration.between((Instant) r[3], now).toSeconds())))
                .toList();
        List<Count> agents =
                rows("select a.tenantId, a.state, count(a) from Agent a group by a.tenantId, a.state").stream()
                        .map(r -> new Count(tenants.get((Long) r[0]), r[1].toString(), (Long) r[2]))
                        .toList();
        List<Count> backlog = em.createQuery(
                        "select d.tenantId, count(d) from WebhookDelivery d where d.status = :pending"
                                + " group by d.tenantId",
                        Object[].class)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .getResultStream()
                .map(r -> new Count(tenants.get((Long) r[0]), "PENDING", (Long) r[1]))
                .toList();
        return new Figures(
                calls,
                queues,
                agents,
                media.isAvailable(),
                backlog,
                pipeline.counts(),
                tenants,
                pipeline.lagSecondsSum(),
                pipeline.lagCount());
    }

    private List<Object[]> rows(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList();
    }
}

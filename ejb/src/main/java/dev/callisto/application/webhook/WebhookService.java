package dev.callisto.application.webhook;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.webhook.Webhook;
import dev.callisto.domain.webhook.WebhookDelivery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A tenant admin's webhooks: subscribe an HTTPS endpoint to event types (its secret is shown once,
 * at creation), see its deliveries, send it a test event, enable it again after it was disabled,
 * remove it. Plain HTTP is refused unless the installation allows it
 * ({@code -Dcallisto.webhooks.allow-http=true}, for a receiver on the same machine), and so are
 * addresses inside the server's own network unless listed ({@code callisto.webhooks.allowed-hosts}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Audited("webhook.create")
    public Webhook create(String url, List<String> eventTypes) {
        for (String type : eventTypes) {
            if (!type.matches("\\*|[a-z]+(\\.[a-z-]+|\\.\\*)?")) {
                throw new InvalidInputException("eventTypes", "not an event type or family: " + type);
            }
        }
        URI uri = endpoint(url); // after the checks that need no name lookup
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        Webhook webhook = new Webhook(
                caller.tenantId(),
                uri.toString(),
                eventTypes,
                "whsec_" + HexFormat.of().formatHex(secret),
                clock.instant());
        em.persist(webhook);
        return webhook;
    }

    public List<Webhook> list() {
        return em.createNamedQuery("Webhook.list", Webhook.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    public List<WebhookDelivery> deliveries(long id, int limit) {
        Webhook webhook = find(id);
        return em.createNamedQuery("WebhookDelivery.ofWebhook", WebhookDelivery.class)
                .setParameter("webhookId", webhook.id())
                .setMaxResults(limit)
                .getResultList();
    }

    /** A {@code webhook.test} event, delivered (and signed) like any other. */
    @Audited("webhook.test")
    public WebhookDelivery test(long id) {
        Webhook webhook = find(id);
        String eventId = UUID.randomUUID().toString();
        String body = "{\"eventId\":\"" + eventId + "\",\"type\":\"webhook.test\",\"version\":1,\"tenantId\":"
                + webhook.tenantId() + ",\"occurredAt\":\"" + clock.instant() + "\",\"webhookId\":" + webhook.id()
                + "}";
        WebhookDelivery delivery =
                new WebhookDelivery(webhook.id(), webhook.tenantId(), eventId, "webhook.test", body, clock.instant());
        em.persist(delivery);
        return delivery;
    }

    @Audited("webhook.enable")
    public Webhook enable(long id) {
        Webhook webhook = find(id);
        webhook.enable();
        return webhook;
    }

    @Audited("webhook.delete")
    public void delete(long id) {
        Webhook webhook = find(id);
        em.createQuery("delete from WebhookDelivery d where d.webhookId = :id")
                .setParameter("id", webhook.id())
                .executeUpdate();
        em.remove(webhook);
    }

    private Webhook find(long id) {
        Webhook webhook = em.find(Webhook.class, id);
        if (webhook == null || webhook.tenantId() != caller.tenantId()) {
            throw new NotFoundException("webhook", id);
        }
        return webhook;
    }

    private static URI endpoint(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url", "not a URL");
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) && Boolean.getBoolean("callisto.webhooks.allow-http");
        if (!("https".equalsIgnoreCase(uri.getScheme()) || http) || uri.getHost() == null) {
            throw new InvalidInputException("url", "must be an https:// URL");
        }
        String allowed = System.getProperty("callisto.webhooks.allowed-hosts");
        if (allowed != null) {
            if (!List.of(allowed.split(",")).contains(uri.getHost())) {
                throw new InvalidInputException("url", "this installation sends webhooks only to " + allowed);
            }
        } else if (isInternal(uri.getHost())) {
            throw new InvalidInputException("url", "must be a public address, not one inside this network");
        }
        return uri;
    }

    /**
     * A tenant must not make the server call into its own network (the management port, a
     * database): loopback, private and link-local addresses are refused unless the installation
     * lists the host in {@code callisto.webhooks.allowed-hosts}.
     */
    private static boolean isInternal(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress()
                        || a.isSiteLocalAddress()
                        || a.isLinkLocalAddress()
                        || a.isAnyLocalAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            throw new InvalidInputException("url", "no such host: " + host);
        }
    }
}

package dev.callisto.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A tenant's HTTPS endpoint subscribed to some of its event types ({@code call.ended}, or a
 * family: {@code call.*}, or everything: {@code *}). Each delivery is signed with the webhook's
 * own secret. After {@value #FAILURES_TO_DISABLE} failed attempts in a row it is disabled (the
 * receiver is broken or gone) until an admin enables it again.
 */
@Entity
@Table(name = "webhook")
@NamedQuery(name = "Webhook.enabled", query = "select w from Webhook w where w.enabled = true")
@NamedQuery(name = "Webhook.list", query = "select w from Webhook w where w.tenantId = :tenantId order by w.id")
public class Webhook {

    public static final int FAILURES_TO_DISABLE = 20;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 500)
    private String url;

    /** Comma-separated patterns. */
    @Column(name = "event_types", nullable = false, length = 1000)
    private String eventTypes;

    @Column(nullable = false, length = 80)
    private String secret;

    private boolean enabled = true;

    @Column(name = "failures_in_a_row")
    private int failuresInARow;

    @Column(name = "disabled_why", length = 300)
    private String disabledWhy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Webhook() {}

    public Webhook(long tenantId, String url, List<String> eventTypes, String secret, Instant now) {
        this.tenantId = tenantId;
        this.url = url;
        this.eventTypes = String.join(",", eventTypes);
        this.secret = secret;
        this.createdAt = now;
    }

    /** Whether an event of this type goes to this endpoint. */
    public boolean wants(String type) {
        return enabled
                && Arrays.stream(eventTypes.split(","))
                        .anyMatch(p -> p.equals("*")
                                || p.equals(type)
                                || p.endsWith(".*") && type.startsWith(p.substring(0, p.length() - 1)));
    }

    public void delivered() {
        failuresInARow = 0;
    }

    /** One more failed attempt; the one that makes {@value #FAILURES_TO_DISABLE} in a row disables it. */
    public boolean failed(String why) {
        failuresInARow++;
        if (enabled && failuresInARow >= FAILURES_TO_DISABLE) {
            enabled = false;
            disabledWhy = failuresInARow + " failed deliveries in a row, the last: " + why;
            return true;
        }
        return false;
    }

    public void enable() {
        enabled = true;
        failuresInARow = 0;
        disabledWhy = null;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return List.of(eventTypes.split(","));
    }

    public String secret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String disabledWhy() {
        return disabledWhy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

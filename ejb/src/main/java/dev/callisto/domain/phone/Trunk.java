package dev.callisto.domain.phone;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;

/**
 * A tenant's SIP trunk to its carrier: where the carrier is, how it is trusted, the caller id
 * outbound calls show and how many calls it carries at once. An IP peer is trusted by the
 * address its requests come from; a registering trunk (credentials) also registers with the
 * carrier, which then sends its calls to the SIP edge.
 */
@Entity
@Table(name = "trunk", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
@NamedQuery(
        name = "Trunk.outbound",
        query = "select t from Trunk t where t.tenantId = :tenantId and t.callerId is not null order by t.name")
public class Trunk {

    public enum Transport {
        UDP,
        TCP;

        /** As SIP writes it ({@code udp}, {@code tcp}). */
        public String sip() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 255)
    private String host;

    private int port;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Transport transport;

    /** Credentials for a registering trunk; null for an IP peer. */
    @Column(length = 80)
    private String username;

    @Column(length = 128)
    private String secret;

    /** E.164 caller id of outbound calls. */
    @Column(length = 20)
    private String callerId;

    private int maxCalls;

    /** What the SIP edge's last check found: null until it has checked. */
    private Boolean reachable;

    @Column(length = 200)
    private String lastError;

    private Instant checkedAt;

    /** Until when the carrier holds the trunk's registration (a registering trunk); null if it does not. */
    private Instant registeredUntil;

    protected Trunk() {}

    public Trunk(long tenantId, String name) {
        this.tenantId = tenantId;
        this.name = name;
    }

    /** Sets where the carrier is and how the trunk is used; refuses what cannot work, naming the field. */
    public void configure(
            String host,
            int port,
            Transport transport,
            String username,
            String secret,
            DialledNumber callerId,
            int maxCalls) {
        if (port < 1 || port > 65_535) {
            throw new InvalidInputException("port", "port is 1 to 65535");
        }
        if (maxCalls < 1) {
            throw new InvalidInputException("maxCalls", "maxCalls is at least 1");
        }
        if ((username == null) != (secret == null)) {
            throw new InvalidInputException(
                    username == null ? "username" : "secret", "a registering trunk has a username and a secret");
        }
        this.host = host;
        this.port = port;
        this.transport = transport;
        this.username = username;
        this.secret = secret;
        this.callerId = callerId == null ? null : callerId.e164();
        this.maxCalls = maxCalls;
    }

    /** Whether a request from {@code source} (an IP address) comes from this trunk's carrier. */
    public boolean admits(String source) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.getHostAddress().equals(source)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * What a check of the carrier found (an OPTIONS answered, or not); true if that changes
     * whether the trunk is up (worth an event).
     */
    public boolean checked(boolean up, String detail, Instant now) {
        boolean changed = reachable == null || reachable != up;
        reachable = up;
        lastError = up ? null : detail;
        checkedAt = now;
        return changed;
    }

    /** The carrier accepted the trunk's REGISTER for {@code seconds} (0: it refused it). */
    public void registered(long seconds, Instant now) {
        registeredUntil = seconds > 0 ? now.plusSeconds(seconds) : null;
    }

    /** For a registering trunk, whether its registration holds now; null for an IP peer. */
    public Boolean isRegistered(Instant now) {
        return registers() ? registeredUntil != null && now.isBefore(registeredUntil) : null;
    }

    public String secret() {
        return secret;
    }

    public Boolean reachable() {
        return reachable;
    }

    public String lastError() {
        return lastError;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    /** Whether one more call fits beside {@code inProgress}. */
    public boolean hasRoomBeside(long inProgress) {
        return inProgress < maxCalls;
    }

    public boolean registers() {
        return username != null;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Transport transport() {
        return transport;
    }

    public String username() {
        return username;
    }

    public String callerId() {
        return callerId;
    }

    public int maxCalls() {
        return maxCalls;
    }
}

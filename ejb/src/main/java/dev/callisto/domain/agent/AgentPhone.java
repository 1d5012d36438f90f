package dev.callisto.domain.agent;

import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.phone.SipDigest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * How an agent takes calls now: the answer mode in use (chosen at sign-in, switchable; the
 * profile's mode until then), the agent's SIP account for a desk phone (the digest hash only:
 * the password itself is never stored), the lockout after repeated wrong passwords, and where
 * the desk phone registered. Its own row, so a phone re-registering every minute never
 * contends with the agent's state.
 */
@Entity
@Table(name = "agent_phone")
public class AgentPhone {

    /** Failures in a row before the account locks, and the lock's growth: as the web sign-in's. */
    public static final int FAILURES_BEFORE_LOCK = 5;

    private static final Duration LOCK_STEP = Duration.ofSeconds(60);
    private static final Duration LONGEST_LOCK = Duration.ofSeconds(900);

    /** The agent's id. */
    @Id
    private Long agentId;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnswerMode mode;

    /** MD5(login:realm:password), as SIP digest authentication needs it; null without a SIP account. */
    @Column(length = 32)
    private String digestHash;

    private int failures;

    private Instant lockedUntil;

    /** The desk phone's registered contact ({@code host:port}), and until when it holds. */
    @Column(length = 120)
    private String contact;

    private Instant registeredUntil;

    protected AgentPhone() {}

    public AgentPhone(Agent agent) {
        this.agentId = agent.id();
        this.tenantId = agent.tenantId();
        this.mode = agent.profile().answerMode();
    }

    /**
     * Switches how calls reach the agent: a desk phone needs a SIP account, a mobile a bound number.
     */
    public void use(AnswerMode mode, AgentProfile profile) {
        if (mode == AnswerMode.SIP_PHONE && digestHash == null) {
            throw new InvalidInputException("answerMode", "the agent has no SIP account yet: set its SIP password");
        }
        if (mode == AnswerMode.MOBILE
                && (profile.phoneNumber() == null || profile.phoneNumber().isBlank())) {
            throw new InvalidInputException("answerMode", "the agent has no bound phone number for the mobile mode");
        }
        this.mode = mode;
    }

    /** Sets the SIP password (of the account {@code login} in the tenant's SIP domain {@code realm}). */
    public void setSipPassword(String login, String realm, String password) {
        if (password == null || password.length() < 8 || password.length() > 64) {
            throw new InvalidInputException("password", "the SIP password has 8 to 64 characters");
        }
        digestHash = SipDigest.hash(login, realm, password);
        failures = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * A registration's digest answer: true if it is right. Wrong ones count; the fifth in a row
     * locks the account for a minute, each further five a minute longer (at most 15).
     */
    public boolean authenticate(SipDigest.Answer answer, String method, Instant now) {
        if (digestHash == null || isLocked(now)) {
            return false;
        }
        if (answer.matches(digestHash, method)) {
            failures = 0;
            return true;
        }
        failures++;
        if (failures % FAILURES_BEFORE_LOCK == 0) {
            Duration lock = LOCK_STEP.multipliedBy(failures / FAILURES_BEFORE_LOCK);
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
        return false;
    }

    /** The desk phone registered at {@code contact} for {@code seconds} (0: it unregistered). */
    public void register(String contact, long seconds, Instant now) {
        this.contact = seconds > 0 ? contact : null;
        this.registeredUntil = seconds > 0 ? now.plusSeconds(seconds) : null;
    }

    /** Where the desk phone is, if it is registered now. */
    public String registeredContact(Instant now) {
        return registeredUntil != null && now.isBefore(registeredUntil) ? contact : null;
    }

    public Long agentId() {
        return agentId;
    }

    public long tenantId() {
        return tenantId;
    }

    public AnswerMode mode() {
        return mode;
    }

    public boolean hasSipAccount() {
        return digestHash != null;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant registeredUntil() {
        return registeredUntil;
    }
}

package dev.callisto.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One participant's connection to a call: joined, possibly held or muted, then left. Media
 * (issue: media) attaches to legs; whisper means the agent's leg hears the supervisor and the
 * customer's does not.
 */
@Entity
@Table(name = "call_leg")
public class CallLeg {

    @Id
    @GeneratedValue
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegRole role;

    /** The agent's id for agent legs; null for the customer and for supervisors (see login). */
    private Long agentId;

    @Column(length = 80)
    private String login;

    @Column(nullable = false)
    private Instant joinedAt;

    private Instant leftAt;
    private boolean held;
    private boolean muted;

    protected CallLeg() {}

    CallLeg(LegRole role, Long agentId, String login, Instant now) {
        this.role = role;
        this.agentId = agentId;
        this.login = login;
        this.joinedAt = now;
    }

    void leave(Instant now) {
        if (leftAt == null) {
            leftAt = now;
        }
    }

    void hold(boolean held) {
        this.held = held;
    }

    void mute(boolean muted) {
        this.muted = muted;
    }

    void promote(LegRole role) {
        this.role = role;
    }

    public Long id() {
        return id;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public LegRole role() {
        return role;
    }

    public Long agentId() {
        return agentId;
    }

    public String login() {
        return login;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public boolean held() {
        return held;
    }

    public boolean muted() {
        return muted;
    }
}

package dev.callisto.domain.agent;

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
import java.time.Duration;
import java.time.Instant;

/**
 * A person who answers contacts. The agent owns their state: every change goes through one of the
 * intent methods below, which check it against {@link AgentState#canMoveTo} and remember where a
 * call found the agent, so the agent returns there when the call and its after-call work are over.
 */
@Entity
@Table(name = "agent", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "login"}))
@NamedQuery(
        name = "Agent.findByLogin",
        query = "select a from Agent a where a.tenantId = :tenantId and a.login = :login")
@NamedQuery(
        name = "Agent.findByPhone",
        query = "select a from Agent a where a.tenantId = :tenantId and a.profile.phoneNumber in :numbers")
public class Agent {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 80)
    private String login;

    private AgentProfile profile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgentState state = AgentState.SIGNED_OUT;

    @Column(length = 40)
    private String breakReason;

    @Column(nullable = false)
    private Instant stateSince;

    // Where the current call found the agent; null when not on a call or in after-call work.
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AgentState returnState;

    @Column(length = 40)
    private String returnBreakReason;

    private Instant afterCallWorkUntil;

    // The call the after-call work is for, so its duration reaches that call's record.
    private Long afterCallWorkCallId;

    protected Agent() {}

    public Agent(long tenantId, String login, AgentProfile profile, Instant now) {
        this.tenantId = tenantId;
        this.login = login;
        this.profile = profile;
        this.stateSince = now;
    }

    public StateChange signIn(boolean startBusy, Instant now) {
        require(state == AgentState.SIGNED_OUT, startBusy ? AgentState.BUSY : AgentState.IDLE, "already signed in");
        return moveTo(startBusy ? AgentState.BUSY : AgentState.IDLE, null, now);
    }

    public StateChange signOut(Instant now) {
        return moveTo(AgentState.SIGNED_OUT, null, now);
    }

    /** Ready for contacts; from after-call work this finishes it early. */
    public StateChange becomeReady(Instant now) {
        return leaveAfterCallWorkTo(AgentState.IDLE, null, now);
    }

    public StateChange becomeBusy(Instant now) {
        return leaveAfterCallWorkTo(AgentState.BUSY, null, now);
    }

    public StateChange takeBreak(String reason, Instant now) {
        require(!(state == AgentState.BREAK && reason.equals(breakReason)), AgentState.BREAK, "already on that break");
        return leaveAfterCallWorkTo(AgentState.BREAK, reason, now);
    }

    /** An offered contact makes the agent's phone ring; only an idle agent is offered anything. */
    public StateChange ring(Instant now) {
        require(state == AgentState.IDLE, AgentState.RINGING, "only idle agents are offered contacts");
        rememberReturn();
        return moveTo(AgentState.RINGING, null, now);
    }

    public StateChange answer(Instant now) {
        require(state == AgentState.RINGING, AgentState.TALKING, "nothing is ringing");
        return moveTo(AgentState.TALKING, null, now);
    }

    /** The offer was rejected or rang out: back to idle, or to busy so a missing agent stops getting offers. */
    public StateChange missOffer(boolean goBusy, Instant now) {
        require(state == AgentState.RINGING, goBusy ? AgentState.BUSY : AgentState.IDLE, "nothing is ringing");
        clearReturn();
        return moveTo(goBusy ? AgentState.BUSY : AgentState.IDLE, null, now);
    }

    public StateChange dialOut(Instant now) {
        require(
                !state.isOnCall() && state != AgentState.AFTER_CALL_WORK,
                AgentState.OUTBOUND_DIALING,
                "finish the current call first");
        rememberReturn();
        return moveTo(AgentState.OUTBOUND_DIALING, null, now);
    }

    public StateChange connectOutbound(Instant now) {
        require(state == AgentState.OUTBOUND_DIALING, AgentState.TALKING, "not dialing");
        return moveTo(AgentState.TALKING, null, now);
    }

    public StateChange hold(Instant now) {
        require(state == AgentState.TALKING, AgentState.HOLD, "not talking");
        return moveTo(AgentState.HOLD, null, now);
    }

    public StateChange resume(Instant now) {
        require(state == AgentState.HOLD, AgentState.TALKING, "not on hold");
        return moveTo(AgentState.TALKING, null, now);
    }

    public StateChange startConsult(Instant now) {
        require(state == AgentState.TALKING || state == AgentState.HOLD, AgentState.CONSULTING, "not on a call");
        return moveTo(AgentState.CONSULTING, null, now);
    }

    public StateChange endConsult(Instant now) {
        require(state == AgentState.CONSULTING, AgentState.TALKING, "not consulting");
        return moveTo(AgentState.TALKING, null, now);
    }

    /**
     * The call is over: after-call work for as long as the skill group gives (zero: none, straight
     * back to where the call found the agent).
     */
    public StateChange endCall(Duration afterCallWork, Long callId, Instant now) {
        require(state.isOnCall() && state != AgentState.RINGING, AgentState.AFTER_CALL_WORK, "not on a call");
        if (afterCallWork.isZero()) {
            return returnFromCall(now);
        }
        afterCallWorkUntil = now.plus(afterCallWork);
        afterCallWorkCallId = callId;
        return moveTo(AgentState.AFTER_CALL_WORK, null, now);
    }

    public void extendAfterCallWork(Duration more) {
        require(state == AgentState.AFTER_CALL_WORK, AgentState.AFTER_CALL_WORK, "not in after-call work");
        afterCallWorkUntil = afterCallWorkUntil.plus(more);
    }

    public boolean afterCallWorkIsOver(Instant now) {
        return state == AgentState.AFTER_CALL_WORK && !afterCallWorkUntil.isAfter(now);
    }

    public StateChange finishAfterCallWork(Instant now) {
        require(state == AgentState.AFTER_CALL_WORK, AgentState.IDLE, "not in after-call work");
        return returnFromCall(now);
    }

    private StateChange returnFromCall(Instant now) {
        AgentState target = returnState;
        String reason = returnBreakReason;
        clearReturn();
        return moveTo(target, reason, now);
    }

    private StateChange leaveAfterCallWorkTo(AgentState target, String reason, Instant now) {
        require(state != AgentState.SIGNED_OUT, target, "sign in first");
        require(!state.isOnCall(), target, "finish the current contact first");
        if (state == AgentState.AFTER_CALL_WORK) {
            clearReturn();
        }
        return moveTo(target, reason, now);
    }

    private StateChange moveTo(AgentState target, String reason, Instant now) {
        require(state.canMoveTo(target), target, null);
        Long afterCallWorkOf = state == AgentState.AFTER_CALL_WORK ? afterCallWorkCallId : null;
        StateChange change = new StateChange(
                state, breakReason, target, reason, now, Duration.between(stateSince, now), afterCallWorkOf);
        state = target;
        breakReason = reason;
        stateSince = now;
        return change;
    }

    private void require(boolean condition, AgentState target, String hint) {
        if (!condition) {
            throw new IllegalAgentTransitionException(state, target, hint);
        }
    }

    private void rememberReturn() {
        returnState = state;
        returnBreakReason = breakReason;
    }

    private void clearReturn() {
        returnState = null;
        returnBreakReason = null;
        afterCallWorkUntil = null;
    }

    public void updateProfile(AgentProfile profile) {
        this.profile = profile;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String login() {
        return login;
    }

    public AgentProfile profile() {
        return profile;
    }

    public AgentState state() {
        return state;
    }

    public String breakReason() {
        return breakReason;
    }

    public Instant afterCallWorkUntil() {
        return afterCallWorkUntil;
    }

    public Long afterCallWorkCallId() {
        return afterCallWorkCallId;
    }

    public Instant stateSince() {
        return stateSince;
    }
}

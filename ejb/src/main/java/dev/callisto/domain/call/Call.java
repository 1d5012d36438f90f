package dev.callisto.domain.call;

import dev.callisto.domain.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call, the aggregate the product revolves around: who is on it (legs), where it is
 * ({@link CallStatus}), and the clock of its phases. Every command is an intent method that
 * checks the status table, so an illegal command is refused with a clear error and changes nothing.
 */
@Entity
@Table(
        name = "call",
        indexes = {@Index(columnList = "tenant_id, status"), @Index(columnList = "contactId")})
@NamedQuery(name = "Call.byContact", query = "select c from Call c where c.contactId = :contactId")
public class Call {

    /** A customer hanging up this soon after being answered counts as a quick hang-up. */
    static final Duration QUICK_HANGUP = Duration.ofSeconds(5);

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CallDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private CallChannel channel;

    @Column(nullable = false, length = 80)
    private String customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CallStatus status;

    private CallClock clock;

    private Long skillGroupId;
    private Long contactId;
    private Long agentId;
    private Long consultAgentId;
    private Long originalCallId;

    @Column(nullable = false)
    private Instant arrivedAt;

    private Instant queuedAt;
    private Instant offeredAt;
    private Instant answeredAt;
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 25)
    private CallResult result;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Party hungUpBy;

    private Integer satisfaction;

    /** Steps recorded so far; numbers each step so that steps at the same instant keep their order. */
    // Nullable, so that the column can be added to a table that already has calls.
    private Integer steps;

    /** Outcome of the last PIN verification: null if none was asked for. */
    private Boolean verification;

    /** Where a phone caller's number is and its network (e.g. 北京市 中国移动), for the screen pop. */
    @Column(length = 80)
    private String location;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id")
    @OrderBy("id")
    private List<CallLeg> legs = new ArrayList<>();

    protected Call() {}

    private Call(
            long tenantId,
            CallDirection direction,
            CallChannel channel,
            String customer,
            CallStatus status,
            Instant now) {
        this.tenantId = tenantId;
        this.direction = direction;
        this.channel = channel;
        this.customer = customer;
        this.status = status;
        this.clock = new CallClock(now);
        this.arrivedAt = now;
        legs.add(new CallLeg(LegRole.CUSTOMER, null, customer, now));
    }

    public static Call inbound(long tenantId, CallChannel channel, String customer, Instant now) {
        return new Call(tenantId, CallDirection.INBOUND, channel, customer, CallStatus.ARRIVED, now);
    }

    /** An agent dials out (or calls back a missed call: {@code originalCallId}). */
    public static Call outbound(
            long tenantId, long agentId, String login, String number, Long originalCallId, Instant now) {
        Call call = new Call(
                tenantId,
                originalCallId == null ? CallDirection.OUTBOUND : CallDirection.CALLBACK,
                CallChannel.PHONE,
                number,
                CallStatus.DIALING,
                now);
        call.agentId = agentId;
        call.originalCallId = originalCallId;
        call.legs.add(new CallLeg(LegRole.AGENT, agentId, login, now));
        return call;
    }

    /** An inbound call is answered by the IVR before (if ever) it reaches a queue. */
    public void enterIvr(Instant now) {
        moveTo(CallStatus.IVR, "enter the IVR", now);
    }

    public void enterQueue(long groupId, long contactId, Instant now) {
        if (status == CallStatus.TALKING || status == CallStatus.HOLD) {
            agentLeg().ifPresent(l -> l.leave(now)); // a blind transfer: the agent drops off
            agentId = null;
        }
        moveTo(CallStatus.QUEUED, "queue", now);
        skillGroupId = groupId;
        this.contactId = contactId;
        queuedAt = queuedAt == null ? now : queuedAt;
        customerLeg().hold(false);
    }

    public void ring(Instant now) {
        moveTo(CallStatus.RINGING, "ring an agent", now);
        offeredAt = offeredAt == null ? now : offeredAt;
    }

    public void ringMissed(Instant now) {
        moveTo(CallStatus.QUEUED, "return to the queue", now);
    }

    public void answer(long agentId, String login, Instant now) {
        moveTo(CallStatus.TALKING, "answer", now);
        this.agentId = agentId;
        answeredAt = answeredAt == null ? now : answeredAt;
        legs.add(new CallLeg(LegRole.AGENT, agentId, login, now));
    }

    /** The dialled customer picked up. */
    public void connect(Instant now) {
        require(status == CallStatus.DIALING, "connect");
        moveTo(CallStatus.TALKING, "connect", now);
        answeredAt = now;
    }

    public void hold(Instant now) {
        require(status == CallStatus.TALKING, "hold");
        moveTo(CallStatus.HOLD, "hold", now);
        customerLeg().hold(true);
    }

    public void resume(Instant now) {
        require(status == CallStatus.HOLD, "resume");
        moveTo(CallStatus.TALKING, "resume", now);
        customerLeg().hold(false);
    }

    /** The customer waits on hold while the agent talks to a colleague. */
    public void consult(long colleagueId, String login, Instant now) {
        moveTo(CallStatus.CONSULTING, "consult", now);
        consultAgentId = colleagueId;
        customerLeg().hold(true);
        legs.add(new CallLeg(LegRole.CONSULTED_AGENT, colleagueId, login, now));
    }

    /** The colleague takes the customer over; the consulting agent drops off. */
    public long completeTransfer(Instant now) {
        require(status == CallStatus.CONSULTING, "complete a transfer");
        long leaving = agentId;
        agentLeg().ifPresent(l -> l.leave(now));
        consultedLeg().promote(LegRole.AGENT);
        agentId = consultAgentId;
        consultAgentId = null;
        moveTo(CallStatus.TALKING, "complete a transfer", now);
        customerLeg().hold(false);
        return leaving;
    }

    public void conference(Instant now) {
        require(status == CallStatus.CONSULTING, "join a conference");
        moveTo(CallStatus.CONFERENCE, "join a conference", now);
        customerLeg().hold(false);
    }

    /** The colleague leaves the consult or conference; the call goes on with the first agent. */
    public long endConsult(Instant now) {
        require(status == CallStatus.CONSULTING || status == CallStatus.CONFERENCE, "end the consult");
        long leaving = consultAgentId;
        consultedLeg().leave(now);
        consultAgentId = null;
        moveTo(CallStatus.TALKING, "end the consult", now);
        customerLeg().hold(false);
        return leaving;
    }

    /** The customer keys a PIN the agent must not hear; the agent's leg is held meanwhile. */
    public void startVerification(Instant now) {
        require(status == CallStatus.TALKING, "start a verification");
        moveTo(CallStatus.VERIFYING, "start a verification", now);
        agentLeg().ifPresent(l -> l.hold(true));
    }

    public void verified(boolean passed, Instant now) {
        require(status == CallStatus.VERIFYING, "record a verification");
        verification = passed;
        moveTo(CallStatus.TALKING, "record a verification", now);
        agentLeg().ifPresent(l -> l.hold(false));
    }

    /** The agent hands the customer to the satisfaction survey and drops off. */
    public void toSurvey(Instant now) {
        require(status == CallStatus.TALKING || status == CallStatus.IVR, "transfer to the survey");
        moveTo(CallStatus.SURVEY, "transfer to the survey", now);
        agentLeg().ifPresent(l -> l.leave(now));
    }

    public void rate(int score, Instant now) {
        require(status == CallStatus.SURVEY, "rate");
        if (score < 1 || score > 5) {
            throw new ConflictException("a satisfaction score is 1 to 5");
        }
        satisfaction = score;
        end(null, Party.CUSTOMER, now);
    }

    /** A supervisor joins to listen, whisper to the agent, or barge in; or changes mode. */
    public void monitor(String supervisor, LegRole mode, Instant now) {
        require(status.isConnected(), "be monitored");
        supervisorLeg(supervisor)
                .ifPresentOrElse(l -> l.promote(mode), () -> legs.add(new CallLeg(mode, null, supervisor, now)));
    }

    public void stopMonitoring(String supervisor, Instant now) {
        supervisorLeg(supervisor)
                .orElseThrow(() -> new ConflictException(supervisor + " is not on call " + id))
                .leave(now);
    }

    public void mute(long agentId, boolean muted) {
        legs.stream()
                .filter(l -> l.isActive() && Long.valueOf(agentId).equals(l.agentId()))
                .findFirst()
                .orElseThrow(() -> new ConflictException("agent " + agentId + " is not on call " + id))
                .mute(muted);
    }

    /** Ends the call; without an explicit result it is answered (or a quick hang-up) if anyone answered. */
    public void end(CallResult given, Party by, Instant now) {
        boolean talking = status.isConnected();
        moveTo(CallStatus.ENDED, "end", now);
        endedAt = now;
        hungUpBy = by;
        legs.forEach(l -> l.leave(now));
        if (given != null) {
            result = given;
        } else if (answeredAt == null) {
            result = direction == CallDirection.INBOUND ? CallResult.ABANDONED_IN_QUEUE : CallResult.NO_ANSWER;
        } else {
            // Only a customer who hangs up on the agent counts; ending the survey does not.
            boolean quick = talking
                    && by == Party.CUSTOMER
                    && Duration.between(answeredAt, now).compareTo(QUICK_HANGUP) < 0;
            result = quick ? CallResult.QUICK_HANGUP : CallResult.ANSWERED;
        }
    }

    public int nextStep() {
        steps = steps == null ? 1 : steps + 1;
        return steps;
    }

    public CallSummary summary() {
        long talk = answeredAt == null || endedAt == null
                ? 0
                : Duration.between(answeredAt, endedAt).toMillis() - clock.holdMillis();
        long session =
                endedAt == null ? 0 : Duration.between(arrivedAt, endedAt).toMillis();
        return new CallSummary(
                result,
                hungUpBy,
                clock.queueSeconds(),
                clock.ringSeconds(),
                Math.max(0, talk) / 1000,
                clock.holdMillis() / 1000,
                session / 1000,
                satisfaction);
    }

    private void moveTo(CallStatus target, String command, Instant now) {
        require(status.canMoveTo(target), command);
        clock.next(status, now);
        status = target;
    }

    private void require(boolean condition, String command) {
        if (!condition) {
            throw new IllegalCallCommandException(id == null ? 0 : id, status, command);
        }
    }

    private CallLeg customerLeg() {
        return legs.get(0);
    }

    private Optional<CallLeg> agentLeg() {
        return legs.stream()
                .filter(l -> l.isActive() && l.role() == LegRole.AGENT)
                .findFirst();
    }

    private CallLeg consultedLeg() {
        return legs.stream()
                .filter(l -> l.isActive() && l.role() == LegRole.CONSULTED_AGENT)
                .findFirst()
                .orElseThrow(() -> new ConflictException("call " + id + " has no consulted agent"));
    }

    /** The customer's leg while they are on the call. */
    public Optional<CallLeg> customersLeg() {
        return Optional.of(customerLeg()).filter(CallLeg::isActive);
    }

    /** The leg of the agent or supervisor signed in as {@code login}, while they are on the call. */
    public Optional<CallLeg> staffLeg(String login) {
        return legs.stream()
                .filter(l -> l.isActive() && l.role() != LegRole.CUSTOMER && login.equals(l.login()))
                .findFirst();
    }

    /** How a supervisor is on this call now (listening, whispering, barged in), if they are. */
    public Optional<LegRole> supervisionBy(String login) {
        return supervisorLeg(login).map(CallLeg::role);
    }

    /** Whether the customer and agent are connected and talking (not waiting, on hold or in a side segment). */
    public boolean isTalking() {
        return status == CallStatus.TALKING || status == CallStatus.CONFERENCE;
    }

    private Optional<CallLeg> supervisorLeg(String login) {
        return legs.stream()
                .filter(l -> l.isActive() && l.role().isSupervisor() && login.equals(l.login()))
                .findFirst();
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public CallDirection direction() {
        return direction;
    }

    public CallChannel channel() {
        return channel;
    }

    public String customer() {
        return customer;
    }

    public CallStatus status() {
        return status;
    }

    public Long skillGroupId() {
        return skillGroupId;
    }

    public Long contactId() {
        return contactId;
    }

    public Long agentId() {
        return agentId;
    }

    public Long consultAgentId() {
        return consultAgentId;
    }

    public Long originalCallId() {
        return originalCallId;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public CallResult result() {
        return result;
    }

    public Boolean verification() {
        return verification;
    }

    /** Notes where the caller's number is, once, at arrival: looking it up is not free. */
    public void locate(String where) {
        this.location = where == null || where.isBlank() ? null : where.length() > 80 ? where.substring(0, 80) : where;
    }

    public String location() {
        return location;
    }

    public Integer satisfaction() {
        return satisfaction;
    }

    public List<CallLeg> legs() {
        return List.copyOf(legs);
    }
}

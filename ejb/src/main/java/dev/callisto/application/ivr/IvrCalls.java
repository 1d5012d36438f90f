package dev.callisto.application.ivr;

import dev.callisto.application.call.CallEnding;
import dev.callisto.application.call.CallJournal;
import dev.callisto.application.call.CallQueue;
import dev.callisto.application.call.CustomerVerifier;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.ivr.FlowEngine;
import dev.callisto.domain.ivr.IvrFlow;
import dev.callisto.domain.ivr.IvrFlowVersion;
import dev.callisto.domain.ivr.IvrInput;
import dev.callisto.domain.ivr.IvrStep;
import dev.callisto.domain.ivr.IvrVisit;
import dev.callisto.domain.skillgroup.SkillGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs calls through the tenant's IVR: a call enters the live version of a flow and stays on that
 * version; each key, digit string or silence advances it; every node and key goes into the call's
 * trajectory; when the flow hands the caller on, the call is queued, transferred, surveyed, turned
 * into a voicemail ticket or ended. Joins the caller's transaction.
 */
@ApplicationScoped
public class IvrCalls {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IvrReferences references;

    @Inject
    private CustomerVerifier verifier;

    @Inject
    private CallJournal journal;

    @Inject
    private CallQueue queue;

    @Inject
    private CallEnding ending;

    @Inject
    private Voicemails voicemails;

    @Inject
    private Clock clock;

    /** What the caller typed, as the waiting node understands it: "timeout" is silence. */
    static IvrInput input(String text, IvrStep.Waiting waiting) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("key", "press a key or enter digits");
        }
        if (text.equalsIgnoreCase("timeout")) {
            return new IvrInput.Timeout();
        }
        if (waiting.digits()) {
            return new IvrInput.Digits(text);
        }
        if (!text.matches("[0-9*#]")) {
            throw new InvalidInputException("key", "a menu takes one key: 0-9, * or #");
        }
        return new IvrInput.Key(text);
    }

    /** The call starts in the live version of the tenant's flow {@code flowName}. */
    public void enter(Call call, String flowName, Instant now) {
        IvrFlow flow = em.createNamedQuery("IvrFlow.byName", IvrFlow.class)
                .setParameter("tenantId", call.tenantId())
                .setParameter("name", flowName)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("IVR flow", flowName));
        if (flow.published() == null) {
            throw new ConflictException("IVR flow " + flowName + " has no live version");
        }
        IvrFlowVersion version = em.createNamedQuery("IvrFlowVersion.find", IvrFlowVersion.class)
                .setParameter("flowId", flow.id())
                .setParameter("number", flow.published())
                .getSingleResult();
        IvrVisit visit = new IvrVisit(call.tenantId(), call.id(), version, call.customer());
        em.persist(visit);
        call.enterIvr(now);
        journal.step(call, "ivr-entered", null, flowName + " v" + version.number(), now);
        apply(call, visit, engine(call, visit, now).advance(visit.state(), new IvrInput.Start()), now);
    }

    /** The caller presses a key or enters digits (by phone, or a button of the visual IVR). */
    public IvrVisit press(Call call, String text) {
        IvrVisit visit = visitOf(call);
        if (call.status() != CallStatus.IVR || !visit.isWaiting()) {
            throw new ConflictException("call " + call.id() + " is not waiting in the IVR");
        }
        Instant now = clock.instant();
        FlowEngine engine = engine(call, visit, now);
        IvrStep step = engine.advance(visit.state(), input(text, engine.waiting(visit.state())));
        List<String> keys = visit.state().keys();
        if (!text.equalsIgnoreCase("timeout")) {
            journal.step(call, "ivr-key", null, keys.get(keys.size() - 1), now);
        }
        apply(call, visit, step, now);
        return visit;
    }

    /** The node's wait ran out: silence, as the flow defines it. */
    public void timeOut(IvrVisit visit) {
        Call call = em.find(Call.class, visit.callId());
        if (call == null || call.status() != CallStatus.IVR) {
            visit.left();
            return;
        }
        press(call, "timeout");
    }

    public IvrVisit visitOf(Call call) {
        return visit(call.id())
                .orElseThrow(() -> new ConflictException("call " + call.id() + " did not go through the IVR"));
    }

    public Optional<IvrVisit> visit(long callId) {
        return em.createNamedQuery("IvrVisit.ofCall", IvrVisit.class)
                .setParameter("callId", callId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The call's IVR visit (empty if it had none) and, while the caller is in a menu, what the
     * menu waits for: the visual IVR's buttons.
     */
    public Optional<IvrStatus> status(Call call) {
        return visit(call.id())
                .map(visit -> new IvrStatus(
                        visit,
                        call.status() == CallStatus.IVR && visit.isWaiting()
                                ? engine(call, visit, clock.instant()).waiting(visit.state())
                                : null));
    }

    private FlowEngine engine(Call call, IvrVisit visit, Instant now) {
        IvrFlowVersion version = em.find(IvrFlowVersion.class, visit.versionId());
        return new FlowEngine(
                version.parsed(),
                new LiveEnvironment(
                        references.hoursOf(call.tenantId()), verifier, call.tenantId(), call.customer(), now));
    }

    private void apply(Call call, IvrVisit visit, IvrStep step, Instant now) {
        step.visited().forEach(node -> journal.step(call, "ivr-node", null, node, now));
        visit.took(step, now);
        IvrStep.Outcome outcome = step.outcome();
        if (outcome instanceof IvrStep.Waiting) {
            return;
        }
        if (outcome instanceof IvrStep.Queue q) {
            SkillGroup group = em.find(SkillGroup.class, q.skillGroupId());
            journal.step(call, "ivr-ended", null, "to skill group " + q.skillGroupId(), now);
            queue.queue(call, group, null, q.priority(), now);
        } else if (outcome instanceof IvrStep.ToAgent a) {
            Agent agent = em.find(Agent.class, a.agentId());
            journal.step(call, "ivr-ended", null, "to agent " + a.agentId(), now);
            queue.queue(call, queue.groupOf(agent, call), agent.id(), 0, now);
        } else if (outcome instanceof IvrStep.ToSurvey) {
            journal.step(call, "ivr-ended", null, "to the survey", now);
            call.toSurvey(now);
            journal.step(call, "survey-started", null, null, now);
        } else if (outcome instanceof IvrStep.ToNumber n) {
            journal.step(call, "ivr-ended", null, "transferred to " + n.number(), now);
            ending.end(call, Party.SYSTEM, CallResult.TRANSFERRED_OUT, now);
        } else if (outcome instanceof IvrStep.LeaveMessage m) {
            String ticket = voicemails.leave(call, m.ticketTypeId(), visit.state(), now);
            journal.step(call, "ivr-ended", null, ticket, now);
            ending.end(call, Party.SYSTEM, CallResult.LEFT_MESSAGE, now);
        } else if (outcome instanceof IvrStep.HangUp h) {
            journal.step(call, "ivr-ended", null, h.result() == null ? "hung up" : h.result(), now);
            ending.end(call, Party.SYSTEM, result(h.result()), now);
        }
    }

    private static CallResult result(String name) {
        try {
            return name == null ? CallResult.ENDED_IN_IVR : CallResult.valueOf(name);
        } catch (IllegalArgumentException e) {
            return CallResult.ENDED_IN_IVR;
        }
    }
}

package dev.callisto.application.visitor;

import dev.callisto.application.call.CallArrival;
import dev.callisto.application.call.CallEnding;
import dev.callisto.application.call.CallSurvey;
import dev.callisto.application.ivr.IvrCalls;
import dev.callisto.application.ivr.IvrStatus;
import dev.callisto.application.routing.Router;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallChannel;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.tenant.VisitorToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.OptionalInt;

/**
 * A customer's own call from their page: start it into the tenant's IVR, press the visual IVR's
 * buttons, see the queue position, hang up. Only the customer the token names reaches the call.
 */
@Stateless
@PermitAll
public class VisitorCalls {

    /** What the page shows: the call, its IVR visit (null without IVR), and the queue position while waiting. */
    public record CallState(Call call, IvrStatus ivr, OptionalInt position, long estimatedWaitSeconds) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallArrival arrival;

    @Inject
    private IvrCalls ivr;

    @Inject
    private CallEnding ending;

    @Inject
    private Router router;

    @Inject
    private CallSurvey survey;

    @Inject
    private Clock clock;

    public Call start(VisitorToken visitor, String channel, String flow) {
        CallChannel from;
        try {
            from = CallChannel.valueOf(channel == null ? "WEB" : channel.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("channel", "channel is WEB, H5 or MINI_PROGRAM");
        }
        if (from == CallChannel.PHONE) {
            throw new InvalidInputException("channel", "channel is WEB, H5 or MINI_PROGRAM");
        }
        return arrival.arrive(visitor.tenantId(), from, visitor.customer(), null, flow, clock.instant());
    }

    public CallState state(VisitorToken visitor, long callId) {
        Call call = call(visitor, callId);
        IvrStatus status = ivr.status(call).orElse(null);
        boolean waiting = call.status() == CallStatus.QUEUED && call.contactId() != null;
        return new CallState(
                call,
                status,
                waiting ? router.position(call.contactId()) : OptionalInt.empty(),
                waiting ? router.estimatedWaitSeconds(call.contactId()) : 0);
    }

    public void press(VisitorToken visitor, long callId, String keys) {
        ivr.press(call(visitor, callId), keys);
    }

    /** The customer's answer to the satisfaction survey (1 to 5), which ends the call. */
    public void rate(VisitorToken visitor, long callId, int score) {
        survey.rate(call(visitor, callId), score, clock.instant());
    }

    public void hangUp(VisitorToken visitor, long callId) {
        Call call = call(visitor, callId);
        if (call.status() != CallStatus.ENDED) {
            ending.end(call, Party.CUSTOMER, clock.instant());
        }
    }

    private Call call(VisitorToken visitor, long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null
                || call.tenantId() != visitor.tenantId()
                || !visitor.customer().equals(call.customer())) {
            throw new NotFoundException("call", callId);
        }
        return call;
    }
}

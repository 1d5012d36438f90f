package dev.callisto.application.phone;

import dev.callisto.application.call.OutboundProgress;
import dev.callisto.application.media.MediaPort;
import dev.callisto.application.media.MediaPort.RtpAddress;
import dev.callisto.application.media.Recordings;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.phone.DialledNumber;
import dev.callisto.domain.phone.Ringback;
import dev.callisto.domain.phone.Trunk;
import dev.callisto.domain.phone.TrunkCall;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Calls to the phone network, as the SIP edge places them: where an agent's call goes (the
 * tenant's trunk), and what the network answered: the callee picked up (the phone joins the
 * call's room and the call connects) or the call did not go through, with its SIP status.
 */
@Stateless
@PermitAll
public class OutboundPhoneCalls {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OutboundProgress outbound;

    @Inject
    private MediaPort media;

    @Inject
    private Recordings recordings;

    @Inject
    private Clock clock;

    /**
     * Where a call an agent dialled goes: out on the tenant's first trunk (by name) with a caller
     * id, if it has one and the number is a telephone number.
     */
    public Optional<PhoneNetwork.Dialling> route(long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null || call.status() != CallStatus.DIALING) {
            return Optional.empty();
        }
        Optional<Trunk> trunk = outboundTrunk(em, call.tenantId());
        if (trunk.isEmpty()) {
            return Optional.empty(); // no phone network: supervisors stand in for it
        }
        Optional<DialledNumber> number = DialledNumber.tryParse(call.customer());
        if (number.isEmpty()) {
            outbound.failed(call, CallResult.FAILED, "not a telephone number: " + call.customer(), clock.instant());
            return Optional.empty();
        }
        em.persist(new TrunkCall(call.id(), trunk.get(), clock.instant()));
        Trunk t = trunk.get();
        return Optional.of(new PhoneNetwork.Dialling(
                call.id(),
                number.get().e164(),
                t.host(),
                t.port(),
                t.transport().sip(),
                t.callerId()));
    }

    /** The trunk a tenant's calls go out on: its first (by name) with a caller id. */
    static Optional<Trunk> outboundTrunk(EntityManager em, long tenantId) {
        return em.createNamedQuery("Trunk.outbound", Trunk.class)
                .setParameter("tenantId", tenantId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The callee's phone rings: the agent hears ringback in the call's room. */
    public void ringing(long callId) {
        Call call = em.find(Call.class, callId);
        if (call != null && call.status() == CallStatus.DIALING) {
            recordings.open(call);
            media.announce(callId, Ringback.wav());
        }
    }

    /**
     * The network sends early media (183 with SDP: its own ringback, or an announcement such as
     * "the number is not in service"): the callee's side joins the room now, so the agent hears
     * it; nothing is recorded until the answer.
     */
    public RtpAddress earlyMedia(long callId, RtpAddress relay, String codec) {
        Call call = em.find(Call.class, callId);
        recordings.open(call);
        media.announce(callId, null);
        return media.connectRtp(callId, "customer", relay, codec);
    }

    /** The callee answered: the phone joins the call's room (where the agent already is). */
    public RtpAddress answeredOut(long callId, RtpAddress relay, String codec) {
        RtpAddress audio = earlyMedia(callId, relay, codec);
        connectedOut(callId);
        return audio;
    }

    /** The callee answered a call whose audio is in the room already (since its early media). */
    public void connectedOut(long callId) {
        media.announce(callId, null);
        outbound.connected(em.find(Call.class, callId), clock.instant());
    }

    /** The call did not go through: the SIP status says how (busy, no answer, declined, failed). */
    public void failedOut(long callId, int sipStatus, String reason) {
        Call call = em.find(Call.class, callId);
        TrunkCall leg = em.find(TrunkCall.class, callId);
        if (leg != null) {
            leg.end("SIP " + sipStatus + " " + reason, clock.instant());
        }
        if (call != null && call.status() == CallStatus.DIALING) {
            CallResult result =
                    switch (sipStatus) {
                        case 486, 600 -> CallResult.BUSY;
                        case 408, 480, 487 -> CallResult.NO_ANSWER;
                        case 603 -> CallResult.REJECTED;
                        default -> CallResult.FAILED;
                    };
            outbound.failed(call, result, "SIP " + sipStatus + " " + reason, clock.instant());
        }
    }
}

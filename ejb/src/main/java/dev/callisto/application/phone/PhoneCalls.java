package dev.callisto.application.phone;

import dev.callisto.application.call.CallArrival;
import dev.callisto.application.call.CallEnding;
import dev.callisto.application.call.CallJournal;
import dev.callisto.application.call.CallSurvey;
import dev.callisto.application.call.CustomerKeypad;
import dev.callisto.application.ivr.IvrCalls;
import dev.callisto.application.ivr.IvrStatus;
import dev.callisto.application.ivr.PromptLibrary;
import dev.callisto.application.media.MediaPort;
import dev.callisto.application.media.MediaPort.RtpAddress;
import dev.callisto.application.media.Recordings;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallChannel;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.Party;
import dev.callisto.domain.ivr.IvrVisit;
import dev.callisto.domain.ivr.PromptTrack;
import dev.callisto.domain.phone.DialledNumber;
import dev.callisto.domain.phone.ServiceNumber;
import dev.callisto.domain.phone.Trunk;
import dev.callisto.domain.phone.TrunkCall;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Calls from the phone network, as the SIP edge hands them over (calls to it:
 * {@link OutboundPhoneCalls}): an INVITE for a service number
 * becomes a PHONE call into the number's IVR flow or queue, with its audio in the call's room;
 * the caller's keys drive the IVR; the carrier's BYE is the caller hanging up. The edge is
 * trusted (it runs in this server); the carrier is trusted by its trunk's address.
 */
@Stateless
@PermitAll
public class PhoneCalls {

    private static final Logger LOG = Logger.getLogger(PhoneCalls.class.getName());

    /**
     * How the edge answers the INVITE: a SIP status, and for 200 the call and where its audio
     * goes, or (from an agent's bound number) the agent line's menu, played by the edge.
     */
    public record Answer(int status, Long callId, RtpAddress media, PhoneSignIn.Menu menu) {
        static Answer refused(int status) {
            return new Answer(status, null, null, null);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallArrival arrival;

    @Inject
    private CallEnding ending;

    @Inject
    private CallJournal journal;

    @Inject
    private CallSurvey survey;

    @Inject
    private CustomerKeypad keypad;

    @Inject
    private IvrCalls ivr;

    @Inject
    private PhoneKeys keys;

    @Inject
    private PromptLibrary prompts;

    @Inject
    private PhoneSignIn signIn;

    @Inject
    private MediaPort media;

    @Inject
    private Recordings recordings;

    @Inject
    private Clock clock;

    /**
     * @param dialled the number the INVITE is for
     * @param caller the caller's number as the carrier sent it
     * @param source the address the INVITE came from
     * @param relay where the media server is to send the call's audio (the edge's relay)
     * @param codec {@code pcmu} or {@code pcma}
     * @param asCustomer true once a caller on the agent line chose the normal call (no menu again)
     */
    public Answer arrive(
            String dialled, String caller, String source, RtpAddress relay, String codec, boolean asCustomer) {
        Optional<ServiceNumber> number = DialledNumber.tryParse(dialled).flatMap(this::serviceNumber);
        if (number.isEmpty()) {
            LOG.info(() -> "refused a call from " + source + " for " + dialled + ": no such service number");
            return Answer.refused(404);
        }
        Trunk trunk = em.find(Trunk.class, number.get().trunkId());
        if (trunk == null || !trunk.admits(source)) {
            LOG.warning(() -> "refused a call for " + dialled + " from " + source + ": not the number's trunk");
            return Answer.refused(403);
        }
        long inProgress = em.createNamedQuery("TrunkCall.inProgress", Long.class)
                .setParameter("trunkId", trunk.id())
                .getSingleResult();
        if (!trunk.hasRoomBeside(inProgress)) {
            return Answer.refused(486);
        }
        if (!media.isAvailable()) {
            return Answer.refused(503);
        }
        String customer =
                DialledNumber.tryParse(caller).map(DialledNumber::e164).orElse("anonymous");
        ServiceNumber n = number.get();
        if (!asCustomer) {
            Optional<PhoneSignIn.Menu> agentLine = signIn.menuFor(n.tenantId(), customer);
            if (agentLine.isPresent()) {
                return new Answer(200, null, null, agentLine.get());
            }
        }
        Call call =
                arrival.arrive(n.tenantId(), CallChannel.PHONE, customer, n.skillGroupId(), n.flow(), clock.instant());
        if (call.status() == CallStatus.ENDED) {
            return Answer.refused(603); // blacklisted: the call record says so
        }
        em.persist(new TrunkCall(call.id(), trunk, clock.instant()));
        DialledNumber.tryParse(caller)
                .ifPresent(from -> call.locate(
                        from.location(from.e164().startsWith("+86") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)));
        recordings.open(call);
        RtpAddress audio = media.connectRtp(call.id(), "customer", relay, codec);
        speak(call);
        return new Answer(200, call.id(), audio, null);
    }

    /**
     * A key the caller pressed (RFC 4733 or SIP INFO): to the IVR while the call is in it, as the
     * score in the satisfaction survey, as the PIN (digits before {@code #}) while verifying.
     */
    public void pressed(long callId, char key) {
        Call call = em.find(Call.class, callId);
        if (call == null) {
            return;
        }
        switch (call.status()) {
            case IVR -> pressedInIvr(call, key);
            case SURVEY -> {
                if (key >= '1' && key <= '5') {
                    survey.rate(call, key - '0', clock.instant());
                }
            }
            case VERIFYING -> keys.pressed(callId, key, true).ifPresent(pin -> keypad.pin(call, pin, clock.instant()));
            default -> {} // keys while talking or waiting mean nothing to the call
        }
    }

    private void pressedInIvr(Call call, char key) {
        Optional<IvrStatus> status = ivr.status(call);
        if (status.isEmpty() || status.get().waiting() == null) {
            return;
        }
        Optional<String> input =
                keys.pressed(call.id(), key, status.get().waiting().digits());
        if (input.isPresent()) {
            media.announce(call.id(), null); // a key cuts the prompt short, as on any phone menu
            ivr.press(call, input.get());
            speak(call);
        }
    }

    /** Plays the prompts of the IVR step the call is at, if it is in the IVR: the phone's visual IVR. */
    private void speak(Call call) {
        if (call.status() != CallStatus.IVR) {
            return;
        }
        List<String> refs = ivr.visit(call.id()).map(IvrVisit::lastPrompts).orElse(List.of());
        if (!refs.isEmpty()) {
            media.announce(
                    call.id(),
                    PromptTrack.join(refs.stream()
                            .map(ref -> prompts.audioForPhone(call.tenantId(), ref))
                            .toList()));
        }
    }

    /** The carrier ended the call (BYE or CANCEL): the caller hung up, wherever the call was. */
    public void hungUp(long callId, String cause) {
        endLeg(callId, cause);
        Call call = em.find(Call.class, callId);
        if (call != null && call.status() != CallStatus.ENDED) {
            journal.step(call, "phone-hung-up", null, cause, clock.instant());
            ending.end(call, Party.CUSTOMER, clock.instant());
        }
    }

    /** The call ended here and the edge sent its BYE. */
    public void released(long callId, String cause) {
        Call call = em.find(Call.class, callId);
        if (endLeg(callId, cause) && call != null) {
            journal.step(call, "phone-released", null, cause, clock.instant());
        }
    }

    /** Ends the call's trunk leg with the SIP cause; false if it had none in progress. */
    private boolean endLeg(long callId, String cause) {
        keys.forget(callId);
        TrunkCall leg = em.find(TrunkCall.class, callId);
        if (leg == null || leg.isOver()) {
            return false;
        }
        leg.end(cause, clock.instant());
        return true;
    }

    private Optional<ServiceNumber> serviceNumber(DialledNumber n) {
        return em.createNamedQuery("ServiceNumber.byNumber", ServiceNumber.class)
                .setParameter("number", n.e164())
                .getResultStream()
                .findFirst();
    }
}

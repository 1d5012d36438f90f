package dev.callisto.sip;

import dev.callisto.application.media.MediaPort.RtpAddress;
import dev.callisto.application.phone.PhoneCalls;
import dev.callisto.sip.rtp.RtpRelay;
import gov.nist.javax.sip.message.SIPRequest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Calls from the carriers: an INVITE gets {@code 100 Trying} at once and its arrival on a managed
 * thread (it needs the database): the SDP read, a relay opened, {@link PhoneCalls#arrive} asked,
 * {@code 200 OK} with the relay's address or the refusal it gave. Then the caller's keys sent as
 * SIP INFO, and the carrier's BYE or CANCEL.
 */
final class InboundCalls {

    private static final Logger LOG = Logger.getLogger(InboundCalls.class.getName());
    private static final Pattern SIGNAL =
            Pattern.compile("^(?:Signal\\s*=\\s*)?([0-9*#A-Da-d])\\s*$", Pattern.MULTILINE);

    private final SipLines lines;

    InboundCalls(SipLines lines) {
        this.lines = lines;
    }

    void invited(ServerTransaction st, Request invite) throws Exception {
        String sipCallId = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
        Optional<PhoneLine> known = lines.callOf(sipCallId).flatMap(lines::line);
        if (known.isPresent()) { // a re-INVITE: the same audio as before
            answer(st, invite, known.get().answer());
            return;
        }
        lines.respond(st, invite, Response.TRYING);
        lines.work.submit(() -> arrive(st, invite, sipCallId));
    }

    private void arrive(ServerTransaction st, Request invite, String sipCallId) {
        RtpRelay relay = null;
        try {
            Optional<AudioOffer> offer = invite.getRawContent() == null
                    ? Optional.empty()
                    : AudioOffer.of(new String(invite.getRawContent(), StandardCharsets.US_ASCII));
            if (offer.isEmpty()) {
                lines.respond(st, invite, Response.NOT_ACCEPTABLE_HERE);
                return;
            }
            AtomicLong callId = new AtomicLong();
            relay = lines.relays.open(
                    lines.host,
                    lines.host,
                    offer.get().eventPayloadType(),
                    key -> lines.work.submit(() -> lines.calls.pressed(callId.get(), (char) key)));
            InetSocketAddress media = relay.mediaAddress();
            PhoneCalls.Answer a = lines.calls.arrive(
                    user(invite.getRequestURI(), ((ToHeader) invite.getHeader(ToHeader.NAME)).getAddress()),
                    user(null, ((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress()),
                    ((SIPRequest) invite).getRemoteAddress().getHostAddress(),
                    new RtpAddress(media.getAddress().getHostAddress(), media.getPort()),
                    offer.get().codec());
            if (a.status() != Response.OK) {
                SipLines.close(relay);
                lines.respond(st, invite, a.status());
                return;
            }
            callId.set(a.callId());
            relay.connect(
                    offer.get().address(),
                    new InetSocketAddress(a.media().host(), a.media().port()));
            String sdp = offer.get().answer(relay.carrierAddress(), a.callId());
            lines.open(new PhoneLine(a.callId(), sipCallId, st.getDialog(), relay, sdp));
            answer(st, invite, sdp);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "a call's arrival failed: " + e, e);
            SipLines.close(relay);
            try {
                lines.respond(st, invite, Response.SERVER_INTERNAL_ERROR);
            } catch (Exception again) {
                LOG.fine(() -> "could not refuse the INVITE: " + again);
            }
        }
    }

    private void answer(ServerTransaction st, Request invite, String sdp) throws Exception {
        Response ok = lines.sip.createMessageFactory().createResponse(Response.OK, invite);
        ToHeader to = (ToHeader) ok.getHeader(ToHeader.NAME);
        if (to.getTag() == null) {
            to.setTag(Long.toHexString(System.nanoTime()));
        }
        SipURI contact = lines.sip.createAddressFactory().createSipURI("callisto", lines.host.getHostAddress());
        contact.setPort(lines.port);
        ok.addHeader(lines.sip
                .createHeaderFactory()
                .createContactHeader(lines.sip.createAddressFactory().createAddress(contact)));
        ContentTypeHeader type = lines.sip.createHeaderFactory().createContentTypeHeader("application", "sdp");
        ok.setContent(sdp, type);
        st.sendResponse(ok);
    }

    /**
     * A key sent as SIP INFO ({@code application/dtmf-relay}: {@code Signal=5}, or
     * {@code application/dtmf}: {@code 5}), as some carriers and desk phones do instead of RFC 4733.
     */
    void keyByInfo(Request info) {
        Optional<Long> callId = lines.callOf(((CallIdHeader) info.getHeader(CallIdHeader.NAME)).getCallId());
        if (callId.isEmpty() || info.getRawContent() == null) {
            return;
        }
        Matcher signal = SIGNAL.matcher(new String(info.getRawContent(), StandardCharsets.US_ASCII));
        if (signal.find()) {
            char key = signal.group(1).charAt(0);
            lines.work.submit(() -> lines.calls.pressed(callId.get(), key));
        }
    }

    /** The carrier hung up (BYE, or CANCEL before the answer): the caller is gone. */
    void byeFromCarrier(Request request, String cause) {
        lines.callOf(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId())
                .flatMap(lines::take)
                .ifPresent(line -> {
                    SipLines.close(line.relay());
                    lines.work.submit(() -> lines.calls.hungUp(line.callId(), cause));
                });
    }

    /** The user part of a SIP or tel URI (the number), trying {@code uri} first, then the address. */
    private static String user(URI uri, Address address) {
        for (URI u : new URI[] {uri, address == null ? null : address.getURI()}) {
            if (u instanceof SipURI s && s.getUser() != null) {
                return s.getUser();
            }
            if (u instanceof TelURL t) {
                return t.getPhoneNumber();
            }
        }
        return "";
    }
}

package dev.callisto.sip;

import dev.callisto.application.media.MediaPort.RtpAddress;
import dev.callisto.application.phone.PhoneCalls;
import dev.callisto.sip.rtp.RtpRelay;
import gov.nist.javax.sip.message.SIPRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * {@code 200 OK} with the relay's address or the refusal it gave; from an agent's bound number,
 * the agent line ({@link AgentLine}) first. Then keys sent as SIP INFO, and the far end's BYE or
 * CANCEL, whoever's leg it is.
 */
final class InboundCalls {

    private static final Logger LOG = Logger.getLogger(InboundCalls.class.getName());
    private static final Pattern SIGNAL =
            Pattern.compile("^(?:Signal\\s*=\\s*)?([0-9*#A-Da-d])\\s*$", Pattern.MULTILINE);

    private final SipLines lines;
    private final AgentRings rings;

    InboundCalls(SipLines lines, AgentRings rings) {
        this.lines = lines;
        this.rings = rings;
    }

    void invited(ServerTransaction st, Request invite) throws Exception {
        String sipCallId = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
        Optional<PhoneLine> known = lines.line(sipCallId);
        if (known.isPresent()) { // a re-INVITE: the same audio as before
            answer(st, invite, known.get().answer());
            return;
        }
        lines.respond(st, invite, Response.TRYING);
        lines.work.submit(() -> arrive(st, invite, sipCallId));
    }

    /** What an INVITE says of its call: for whom, from whom and where, and its audio. */
    private record Arrival(String dialled, String caller, String source, AudioOffer offer) {

        /** The call arrives with its audio at {@code relay} ({@code asCustomer}: past the agent line). */
        PhoneCalls.Answer arrive(SipLines lines, RtpRelay relay, boolean asCustomer) throws IOException {
            return lines.services.calls().arrive(dialled, caller, source, mediaSide(relay), offer.codec(), asCustomer);
        }
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
            Arrival arrival = new Arrival(
                    user(invite.getRequestURI(), ((ToHeader) invite.getHeader(ToHeader.NAME)).getAddress()),
                    user(null, ((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress()),
                    ((SIPRequest) invite).getRemoteAddress().getHostAddress(),
                    offer.get());
            AtomicLong callId = new AtomicLong();
            AtomicReference<AgentLine> agentLine = new AtomicReference<>();
            relay = lines.relays.open(lines.host, lines.host, offer.get().eventPayloadType(), key -> {
                AgentLine menu = agentLine.get();
                if (menu == null || !menu.pressed((char) key)) {
                    lines.work.submit(() -> lines.services.calls().pressed(callId.get(), (char) key));
                }
            });
            PhoneCalls.Answer a = arrival.arrive(lines, relay, false);
            if (a.status() != Response.OK) {
                SipLines.close(relay);
                lines.respond(st, invite, a.status());
                return;
            }
            String sdp = offer.get().answer(relay.carrierAddress(), sipCallId.hashCode() & 0x7fffffffL);
            if (a.menu() != null) { // an agent's bound number: the agent line first
                RtpRelay audio = relay;
                PhoneLine line = new PhoneLine(0, PhoneLine.SIGN_IN, sipCallId, st.getDialog(), relay, sdp);
                AgentLine menu = new AgentLine(
                        lines, a.menu(), arrival.caller(), () -> asCustomer(arrival, line, audio, callId));
                agentLine.set(menu);
                relay.connect(offer.get().address(), null);
                lines.open(line);
                answer(st, invite, sdp);
                menu.start(line, offer.get().codec());
                return;
            }
            callId.set(a.callId());
            relay.connect(
                    offer.get().address(),
                    new InetSocketAddress(a.media().host(), a.media().port()));
            lines.open(new PhoneLine(a.callId(), PhoneLine.CUSTOMER, sipCallId, st.getDialog(), relay, sdp));
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

    /** The caller on the agent line chose the normal call: it arrives now, already answered. */
    private void asCustomer(Arrival arrival, PhoneLine line, RtpRelay relay, AtomicLong callId) {
        try {
            PhoneCalls.Answer a = arrival.arrive(lines, relay, true);
            lines.take(line.sipCallId());
            if (a.status() != Response.OK || a.callId() == null) {
                SipLines.close(relay);
                lines.bye(line);
                return;
            }
            callId.set(a.callId());
            lines.open(new PhoneLine(
                    a.callId(), PhoneLine.CUSTOMER, line.sipCallId(), line.dialog(), relay, line.answer()));
            relay.joinRoom(new InetSocketAddress(a.media().host(), a.media().port()));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the agent line's caller could not go on to the normal call: " + e, e);
            SipLines.close(relay);
            lines.bye(line);
        }
    }

    private static RtpAddress mediaSide(RtpRelay relay) throws IOException {
        InetSocketAddress media = relay.mediaAddress();
        return new RtpAddress(media.getAddress().getHostAddress(), media.getPort());
    }

    private void answer(ServerTransaction st, Request invite, String sdp) throws Exception {
        Response ok = lines.sip.createMessageFactory().createResponse(Response.OK, invite);
        ToHeader to = (ToHeader) ok.getHeader(ToHeader.NAME);
        if (to.getTag() == null) {
            to.setTag(Long.toHexString(System.nanoTime()));
        }
        SipURI contact = lines.sip.createAddressFactory().createSipURI("callisto", lines.host.getHostAddress());
        contact.setPort(lines.port);
        String transport = ((SIPRequest) invite).getTopmostVia().getTransport();
        if (!"udp".equalsIgnoreCase(transport)) {
            contact.setTransportParam(
                    transport.toLowerCase(java.util.Locale.ROOT)); // the carrier's BYE comes the same way
        }
        ok.addHeader(lines.sip
                .createHeaderFactory()
                .createContactHeader(lines.sip.createAddressFactory().createAddress(contact)));
        ContentTypeHeader type = lines.sip.createHeaderFactory().createContentTypeHeader("application", "sdp");
        ok.setContent(sdp, type);
        st.sendResponse(ok);
    }

    /**
     * A key sent as SIP INFO ({@code application/dtmf-relay}: {@code Signal=5}, or
     * {@code application/dtmf}: {@code 5}), as some carriers and desk phones do instead of RFC 4733:
     * it goes where the leg's keys in the stream go.
     */
    void keyByInfo(Request info) {
        Optional<PhoneLine> line = lines.line(((CallIdHeader) info.getHeader(CallIdHeader.NAME)).getCallId());
        if (line.isEmpty() || info.getRawContent() == null) {
            return;
        }
        Matcher signal = SIGNAL.matcher(new String(info.getRawContent(), StandardCharsets.US_ASCII));
        if (signal.find()) {
            line.get().relay().press(signal.group(1).charAt(0));
        }
    }

    /**
     * The far end hung up (BYE, or CANCEL before the answer): the caller is gone, or an agent's
     * phone left the call, or the agent line's caller hung up.
     */
    void hungUp(Request request, String cause) {
        lines.take(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId())
                .ifPresent(line -> {
                    if (line.isAgent()) {
                        rings.hungUp(line);
                        return;
                    }
                    SipLines.close(line.relay());
                    if (line.isCustomer()) {
                        lines.work.submit(() -> lines.services.calls().hungUp(line.callId(), cause));
                    }
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

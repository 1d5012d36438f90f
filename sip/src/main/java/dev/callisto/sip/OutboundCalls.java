package dev.callisto.sip;

import dev.callisto.application.media.MediaPort.RtpAddress;
import dev.callisto.application.phone.PhoneNetwork.Dialling;
import dev.callisto.sip.rtp.RtpRelay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Calls the agents place on a trunk: an INVITE offering G.711 and keys from a new relay; the
 * callee's answer connects the phone to the call's room, a refusal (busy, declined, failed) or
 * the ring timeout's CANCEL ends the call with its SIP status.
 */
final class OutboundCalls {

    private static final Logger LOG = Logger.getLogger(OutboundCalls.class.getName());

    /** How long an outbound call rings before the edge gives up (no answer). */
    private static final long RING_SECONDS = Long.getLong("callisto.sip.ring-seconds", 45);

    private final SipLines lines;
    private final Map<String, OutgoingCall> outgoing = new ConcurrentHashMap<>();

    OutboundCalls(SipLines lines) {
        this.lines = lines;
    }

    void dial(Dialling d) {
        RtpRelay relay = null;
        try {
            relay = lines.relays.open(lines.host, lines.host, 101, key -> {});
            InetSocketAddress local = relay.carrierAddress();
            Request invite = lines.request(
                    Request.INVITE,
                    d.number(),
                    d.trunkHost(),
                    d.trunkPort(),
                    d.transport(),
                    d.callerId() == null ? "callisto" : d.callerId());
            String sipCallId = SipLines.callIdOf(invite);
            invite.setContent(
                    new AudioOffer(local, "pcma", 8, 101).offer(local, d.callId()),
                    lines.sip.createHeaderFactory().createContentTypeHeader("application", "sdp"));
            ClientTransaction ct = lines.provider.getNewClientTransaction(invite);
            Future<?> timeout = lines.timers.schedule(() -> ringTimeout(sipCallId), RING_SECONDS, TimeUnit.SECONDS);
            outgoing.put(
                    sipCallId,
                    new OutgoingCall(d.callId(), ct, relay, timeout, new AtomicBoolean(), new AtomicBoolean()));
            ct.sendRequest();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not place call " + d.callId() + ": " + e, e);
            SipLines.close(relay);
            lines.work.submit(() -> lines.services
                    .callsOut()
                    .failedOut(d.callId(), Response.SERVER_INTERNAL_ERROR, "not sent: " + e.getMessage()));
        }
    }

    /**
     * The callee's answer to an INVITE the edge sent: ringing (the agent hears ringback), early
     * media (183 with SDP: the agent hears the network's own tones and announcements), answered
     * (ACK, audio), or refused.
     */
    void responded(ResponseEvent event) throws Exception {
        Response response = event.getResponse();
        String sipCallId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        int status = response.getStatusCode();
        OutgoingCall call = outgoing.get(sipCallId);
        if (call == null || !cseq.getMethod().equals(Request.INVITE) || status < 180) {
            return; // a retransmitted 200 (acknowledged already), trying, or the answer to a BYE or CANCEL
        }
        Optional<AudioOffer> audio = audioOf(response);
        if (status < 200) {
            if (audio.isPresent() && call.early().compareAndSet(false, true)) {
                lines.work.submit(() -> joinRoom(call, audio.get(), true));
            } else if (audio.isEmpty() && call.ringing().compareAndSet(false, true)) {
                lines.work.submit(() -> lines.services.callsOut().ringing(call.callId()));
            }
            return;
        }
        if (!outgoing.remove(sipCallId, call)) {
            return; // a retransmitted final answer, taken already
        }
        call.ringTimeout().cancel(false);
        if (status >= 300) {
            SipLines.close(call.relay());
            lines.work.submit(
                    () -> lines.services.callsOut().failedOut(call.callId(), status, response.getReasonPhrase()));
            return;
        }
        Dialog dialog = event.getDialog();
        dialog.sendAck(dialog.createAck(cseq.getSeqNumber()));
        PhoneLine line = new PhoneLine(call.callId(), PhoneLine.CUSTOMER, sipCallId, dialog, call.relay(), "");
        lines.open(line);
        if (audio.isEmpty() && !call.early().get()) { // answered without audio the edge can take: nobody could talk
            lines.take(sipCallId);
            SipLines.close(call.relay());
            lines.bye(line);
            lines.work.submit(() -> lines.services
                    .callsOut()
                    .failedOut(call.callId(), Response.NOT_ACCEPTABLE_HERE, "no G.711 in the answer"));
            return;
        }
        if (call.early().get()) { // the phone is in the room since its early media
            lines.work.submit(() -> lines.services.callsOut().connectedOut(call.callId()));
        } else {
            lines.work.submit(() -> joinRoom(call, audio.get(), false));
        }
    }

    /** The callee's audio into the call's room: early (before the answer) or with the answer. */
    private void joinRoom(OutgoingCall call, AudioOffer audio, boolean early) {
        InetSocketAddress media = mediaAddressOf(call.relay());
        RtpAddress relay = new RtpAddress(media.getAddress().getHostAddress(), media.getPort());
        RtpAddress room = early
                ? lines.services.callsOut().earlyMedia(call.callId(), relay, audio.codec())
                : lines.services.callsOut().answeredOut(call.callId(), relay, audio.codec());
        call.relay().connect(audio.address(), new InetSocketAddress(room.host(), room.port()));
    }

    private static Optional<AudioOffer> audioOf(Response response) throws Exception {
        return response.getRawContent() == null
                ? Optional.empty()
                : AudioOffer.of(new String(response.getRawContent(), StandardCharsets.US_ASCII));
    }

    /** The agent gave up before the callee answered. */
    void cancel(long callId) {
        outgoing.values().stream().filter(o -> o.callId() == callId).findFirst().ifPresent(this::cancel);
    }

    private void ringTimeout(String sipCallId) {
        OutgoingCall call = outgoing.get(sipCallId);
        if (call != null) {
            cancel(call); // the 487 that answers the CANCEL ends the call as not answered
        }
    }

    private void cancel(OutgoingCall call) {
        try {
            lines.provider.getNewClientTransaction(call.invite().createCancel()).sendRequest();
        } catch (Exception e) {
            LOG.fine(() -> "could not cancel call " + call.callId() + ": " + e);
        }
    }

    private static InetSocketAddress mediaAddressOf(RtpRelay relay) {
        try {
            return relay.mediaAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.callisto.sip;

import dev.callisto.application.media.MediaPort.RtpAddress;
import dev.callisto.application.phone.PhoneNetwork.AgentRing;
import dev.callisto.sip.rtp.Prompt;
import dev.callisto.sip.rtp.RtpRelay;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Agents' phones rung for offers: an INVITE to the desk phone where it registered, or to the
 * agent's own number through the trunk. A desk phone picking up answers the call at once; a
 * mobile hears the accept prompt first and is put through only when 1 is pressed (within
 * {@value #ACCEPT_SECONDS} s), so its voicemail cannot take a customer. The phone joins the call's
 * room as {@code agent-<id>}; a refusal, or no key, sends the offer back to the queue.
 */
final class AgentRings {

    private static final Logger LOG = Logger.getLogger(AgentRings.class.getName());
    static final long ACCEPT_SECONDS = 15;

    /** A phone being rung, until it is put through or the offer ends. */
    private static final class Ringing {
        final AgentRing ring;
        final String sipCallId;
        final ClientTransaction invite;
        final RtpRelay relay;
        volatile PhoneLine line; // once the phone answered
        volatile String codec;
        volatile Future<?> acceptTimeout;

        Ringing(AgentRing ring, String sipCallId, ClientTransaction invite, RtpRelay relay) {
            this.ring = ring;
            this.sipCallId = sipCallId;
            this.invite = invite;
            this.relay = relay;
        }
    }

    private final SipLines lines;
    private final Map<String, Ringing> ringing = new ConcurrentHashMap<>();

    AgentRings(SipLines lines) {
        this.lines = lines;
    }

    void ring(AgentRing r) {
        RtpRelay relay = null;
        try {
            Request invite = lines.request(
                    Request.INVITE, r.user(), r.host(), r.port(), r.callerId() == null ? "callisto" : r.callerId());
            String sipCallId = SipLines.callIdOf(invite);
            relay = lines.relays.open(lines.host, lines.host, 101, key -> pressed(sipCallId, key));
            InetSocketAddress local = relay.carrierAddress();
            invite.setContent(
                    new AudioOffer(local, "pcma", 8, 101).offer(local, r.callId()),
                    lines.sip.createHeaderFactory().createContentTypeHeader("application", "sdp"));
            ClientTransaction ct = lines.provider.getNewClientTransaction(invite);
            ringing.put(sipCallId, new Ringing(r, sipCallId, ct, relay));
            ct.sendRequest();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not ring agent " + r.agentId() + ": " + e, e);
            SipLines.close(relay);
            lines.work.submit(() -> lines.services.agents().declined(r.callId(), r.agentId(), true, "not sent: " + e));
        }
    }

    /** The phone's answer to its INVITE, if it is one of these; false if the INVITE was not an agent's. */
    boolean responded(ResponseEvent event) throws Exception {
        Response response = event.getResponse();
        Ringing r = ringing.get(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
        if (r == null) {
            return false;
        }
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        int status = response.getStatusCode();
        if (!cseq.getMethod().equals(Request.INVITE) || status < 200 || r.line != null) {
            return true; // ringing, the answer to a CANCEL, or a retransmitted 200
        }
        if (status >= 300) {
            ringing.remove(r.sipCallId);
            SipLines.close(r.relay);
            if (status != Response.REQUEST_TERMINATED) { // 487 answers our own CANCEL: the offer is over already
                String why = "the agent's phone answered SIP " + status + " " + response.getReasonPhrase();
                boolean declined = status == Response.BUSY_HERE || status == Response.DECLINE || status == 600;
                lines.work.submit(
                        () -> lines.services.agents().declined(r.ring.callId(), r.ring.agentId(), !declined, why));
            }
            return true;
        }
        Dialog dialog = event.getDialog();
        dialog.sendAck(dialog.createAck(cseq.getSeqNumber()));
        r.line = new PhoneLine(r.ring.callId(), "agent-" + r.ring.agentId(), r.sipCallId, dialog, r.relay, "");
        lines.open(r.line);
        Optional<AudioOffer> answer = response.getRawContent() == null
                ? Optional.empty()
                : AudioOffer.of(new String(response.getRawContent(), StandardCharsets.US_ASCII));
        if (answer.isEmpty()) {
            end(r, "the agent's phone answered without G.711 audio");
            return true;
        }
        r.codec = answer.get().codec();
        r.relay.connect(answer.get().address(), null);
        if (r.ring.acceptPrompt() == null) {
            putThrough(r); // a desk phone picked up: that is the answer
        } else {
            r.relay.play(Prompt.of(r.ring.acceptPrompt(), r.codec));
            r.acceptTimeout = lines.timers.schedule(
                    () -> end(r, "the accept key was not pressed"), ACCEPT_SECONDS, TimeUnit.SECONDS);
        }
        return true;
    }

    /** A key from the agent's phone: 1 puts a mobile through once it asked for it. */
    private void pressed(String sipCallId, int key) {
        Ringing r = ringing.get(sipCallId);
        if (key == '1' && r != null && r.acceptTimeout != null && ringing.remove(sipCallId, r)) {
            r.acceptTimeout.cancel(false);
            r.relay.stopPrompt();
            putThrough(r);
        }
    }

    private void putThrough(Ringing r) {
        ringing.remove(r.sipCallId);
        lines.work.submit(() -> {
            try {
                InetSocketAddress media = r.relay.mediaAddress();
                Optional<RtpAddress> room = lines.services
                        .agents()
                        .pickedUp(
                                r.ring.callId(),
                                r.ring.agentId(),
                                new RtpAddress(media.getAddress().getHostAddress(), media.getPort()),
                                r.codec);
                if (room.isPresent()) {
                    r.relay.joinRoom(
                            new InetSocketAddress(room.get().host(), room.get().port()));
                } else { // the offer ended while the phone was answering
                    lines.take(r.sipCallId);
                    SipLines.close(r.relay);
                    lines.bye(r.line);
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not put agent " + r.ring.agentId() + " through: " + e, e);
            }
        });
    }

    /** The phone hung up: before it was put through the offer goes back; after, the agent left the call. */
    void hungUp(PhoneLine line) {
        Ringing r = ringing.remove(line.sipCallId());
        SipLines.close(line.relay());
        if (r != null) {
            if (r.acceptTimeout != null) {
                r.acceptTimeout.cancel(false);
            }
            lines.work.submit(() -> lines.services
                    .agents()
                    .declined(line.callId(), line.agentId(), true, "the agent's phone hung up before accepting"));
        } else {
            lines.work.submit(() -> lines.services.agents().hungUp(line.callId(), line.agentId()));
        }
    }

    /** The offer ended: a phone still ringing is cancelled, one asked for the key is hung up. */
    void stopRinging(long callId, Long agentId) {
        ringing.values().stream()
                .filter(r -> r.ring.callId() == callId && (agentId == null || r.ring.agentId() == agentId))
                .toList()
                .forEach(r -> {
                    if (ringing.remove(r.sipCallId, r)) {
                        if (r.line == null) {
                            cancel(r);
                        } else {
                            quietly(r);
                        }
                    }
                });
    }

    private void end(Ringing r, String why) {
        if (ringing.remove(r.sipCallId, r)) {
            quietly(r);
            lines.work.submit(() -> lines.services.agents().declined(r.ring.callId(), r.ring.agentId(), true, why));
        }
    }

    private void quietly(Ringing r) {
        if (r.acceptTimeout != null) {
            r.acceptTimeout.cancel(false);
        }
        lines.take(r.sipCallId);
        SipLines.close(r.relay);
        lines.bye(r.line);
    }

    private void cancel(Ringing r) {
        SipLines.close(r.relay);
        try {
            lines.provider.getNewClientTransaction(r.invite.createCancel()).sendRequest();
        } catch (Exception e) {
            LOG.fine(() -> "could not cancel the ring of agent " + r.ring.agentId() + ": " + e);
        }
    }
}

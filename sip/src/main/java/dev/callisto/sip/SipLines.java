package dev.callisto.sip;

import dev.callisto.sip.rtp.RtpRelay;
import dev.callisto.sip.rtp.RtpRelays;
import gov.nist.javax.sip.DialogExt;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * What the edge's two directions share: the SIP stack's factory and provider, where the edge
 * listens, the relays, the managed threads the work runs on, and the legs in progress (each
 * one's SIP dialog and relay, found by its SIP Call-ID or by the call).
 */
final class SipLines {

    private static final Logger LOG = Logger.getLogger(SipLines.class.getName());

    final SipFactory sip;
    final SipProvider provider;
    final RtpRelays relays;
    final InetAddress host;
    final int port;
    final Services services;
    final ExecutorService work;
    final ScheduledExecutorService timers;
    /** The legs in progress, by SIP Call-ID (a few per call: the caller, agents' phones). */
    private final Map<String, PhoneLine> lines = new ConcurrentHashMap<>();

    SipLines(
            SipFactory sip,
            SipProvider provider,
            RtpRelays relays,
            InetAddress host,
            int port,
            Services services,
            ExecutorService work,
            ScheduledExecutorService timers) {
        this.sip = sip;
        this.provider = provider;
        this.relays = relays;
        this.host = host;
        this.port = port;
        this.services = services;
        this.work = work;
        this.timers = timers;
    }

    void open(PhoneLine line) {
        if (line.dialog() instanceof DialogExt dialog) {
            // A phone's first request in a dialog the edge began may carry any CSeq (often 1, like
            // the edge's INVITE): the stack would drop such a BYE as out of sequence.
            dialog.disableSequenceNumberValidation();
        }
        lines.put(line.sipCallId(), line);
    }

    /** The leg a request of this SIP Call-ID belongs to. */
    Optional<PhoneLine> line(String sipCallId) {
        return Optional.ofNullable(lines.get(sipCallId));
    }

    /** The leg, no longer in progress. */
    Optional<PhoneLine> take(String sipCallId) {
        return Optional.ofNullable(lines.remove(sipCallId));
    }

    /** The call's legs that {@code which} picks, no longer in progress. */
    List<PhoneLine> take(long callId, Predicate<PhoneLine> which) {
        List<PhoneLine> taken = new ArrayList<>();
        lines.values().removeIf(line -> {
            boolean match = line.callId() == callId && which.test(line);
            if (match) {
                taken.add(line);
            }
            return match;
        });
        return taken;
    }

    /** Every leg, ended at once (the server is stopping). */
    void endAll() {
        lines.values().forEach(line -> {
            close(line.relay());
            bye(line);
        });
        lines.clear();
    }

    /**
     * A new out-of-dialog request from the edge to {@code user}@{@code host}:{@code port}, from
     * {@code fromUser} at the edge, with its own Call-ID and the edge as its Contact.
     */
    Request request(String method, String user, String host, int port, String fromUser) throws Exception {
        return request(method, user, host, port, "udp", fromUser);
    }

    /** The same over {@code transport} ({@code udp} or {@code tcp}: the edge listens on both). */
    Request request(String method, String user, String host, int port, String transport, String fromUser)
            throws Exception {
        var addresses = sip.createAddressFactory();
        var headers = sip.createHeaderFactory();
        SipURI to = addresses.createSipURI(user, host);
        to.setPort(port);
        SipURI me = addresses.createSipURI(fromUser, this.host.getHostAddress());
        me.setPort(this.port);
        if (!transport.equals("udp")) {
            to.setTransportParam(transport);
            me.setTransportParam(transport);
        }
        Request request = sip.createMessageFactory()
                .createRequest(
                        to,
                        method,
                        provider.getNewCallId(),
                        headers.createCSeqHeader(1L, method),
                        headers.createFromHeader(addresses.createAddress(me), Long.toHexString(System.nanoTime())),
                        headers.createToHeader(addresses.createAddress(to), null),
                        List.of(headers.createViaHeader(this.host.getHostAddress(), this.port, transport, null)),
                        headers.createMaxForwardsHeader(70));
        request.addHeader(headers.createContactHeader(addresses.createAddress(me)));
        return request;
    }

    static String callIdOf(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    void respond(ServerTransaction st, Request request, int status) throws Exception {
        Response response = sip.createMessageFactory().createResponse(status, request);
        if (st != null) {
            st.sendResponse(response);
        } else {
            provider.sendResponse(response);
        }
    }

    void bye(PhoneLine line) {
        Dialog dialog = line.dialog();
        try {
            if (dialog != null && dialog.getState() == DialogState.CONFIRMED) {
                Request bye = dialog.createRequest(Request.BYE);
                dialog.sendRequest(provider.getNewClientTransaction(bye));
            }
        } catch (Exception e) {
            LOG.warning(() -> "could not send BYE for call " + line.callId() + ": " + e);
        }
    }

    static void close(RtpRelay relay) {
        if (relay != null) {
            try {
                relay.close();
            } catch (IOException e) {
                LOG.fine(() -> "relay already closed: " + e);
            }
        }
    }
}

package dev.callisto.sip;

import dev.callisto.application.phone.OutboundPhoneCalls;
import dev.callisto.application.phone.PhoneCalls;
import dev.callisto.sip.rtp.RtpRelay;
import dev.callisto.sip.rtp.RtpRelays;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
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
 * listens, the relays, the managed threads the work runs on, and the calls in progress (a
 * call's SIP dialog and relay, found by the call or by its SIP Call-ID).
 */
final class SipLines {

    private static final Logger LOG = Logger.getLogger(SipLines.class.getName());

    final SipFactory sip;
    final SipProvider provider;
    final RtpRelays relays;
    final InetAddress host;
    final int port;
    final PhoneCalls calls;
    final OutboundPhoneCalls callsOut;
    final ExecutorService work;
    final ScheduledExecutorService timers;
    private final Map<Long, PhoneLine> lines = new ConcurrentHashMap<>();
    private final Map<String, Long> callsBySipId = new ConcurrentHashMap<>();

    SipLines(
            SipFactory sip,
            SipProvider provider,
            RtpRelays relays,
            InetAddress host,
            int port,
            PhoneCalls calls,
            OutboundPhoneCalls callsOut,
            ExecutorService work,
            ScheduledExecutorService timers) {
        this.sip = sip;
        this.provider = provider;
        this.relays = relays;
        this.host = host;
        this.port = port;
        this.calls = calls;
        this.callsOut = callsOut;
        this.work = work;
        this.timers = timers;
    }

    void open(PhoneLine line) {
        lines.put(line.callId(), line);
        callsBySipId.put(line.sipCallId(), line.callId());
    }

    Optional<PhoneLine> line(long callId) {
        return Optional.ofNullable(lines.get(callId));
    }

    Optional<Long> callOf(String sipCallId) {
        return Optional.ofNullable(callsBySipId.get(sipCallId));
    }

    /** The line, no longer in progress. */
    Optional<PhoneLine> take(long callId) {
        PhoneLine line = lines.remove(callId);
        if (line != null) {
            callsBySipId.remove(line.sipCallId());
        }
        return Optional.ofNullable(line);
    }

    /** Every line, ended at once (the server is stopping). */
    void endAll() {
        lines.values().forEach(line -> {
            close(line.relay());
            bye(line);
        });
        lines.clear();
        callsBySipId.clear();
    }

    /**
     * A new out-of-dialog request from the edge to {@code user}@{@code host}:{@code port}, from
     * {@code fromUser} at the edge, with its own Call-ID and the edge as its Contact.
     */
    Request request(String method, String user, String host, int port, String fromUser) throws Exception {
        var addresses = sip.createAddressFactory();
        var headers = sip.createHeaderFactory();
        SipURI to = addresses.createSipURI(user, host);
        to.setPort(port);
        SipURI me = addresses.createSipURI(fromUser, this.host.getHostAddress());
        me.setPort(this.port);
        Request request = sip.createMessageFactory()
                .createRequest(
                        to,
                        method,
                        provider.getNewCallId(),
                        headers.createCSeqHeader(1L, method),
                        headers.createFromHeader(addresses.createAddress(me), Long.toHexString(System.nanoTime())),
                        headers.createToHeader(addresses.createAddress(to), null),
                        List.of(headers.createViaHeader(this.host.getHostAddress(), this.port, "udp", null)),
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

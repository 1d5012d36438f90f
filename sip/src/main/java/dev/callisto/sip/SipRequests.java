package dev.callisto.sip;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * What arrives from carriers and desk phones, sorted on the SIP stack's threads: each request
 * gets its provisional or final answer at once where that needs no database, and the work (a
 * call's arrival, its end, a registration, an answer to a call placed or an agent's phone rung)
 * goes to {@link InboundCalls}, {@link Registrar}, {@link OutboundCalls} and {@link AgentRings},
 * which run it on the server's managed threads. Requests that cannot be
 * handled are dropped and counted.
 */
final class SipRequests implements SipListener {

    private static final Logger LOG = Logger.getLogger(SipRequests.class.getName());

    private final SipLines lines;
    private final InboundCalls inbound;
    private final OutboundCalls outbound;
    private final AgentRings rings;
    private final Registrar registrar;
    private final TrunkWatch watch;
    private final AtomicLong dropped = new AtomicLong();

    SipRequests(
            SipLines lines,
            InboundCalls inbound,
            OutboundCalls outbound,
            AgentRings rings,
            Registrar registrar,
            TrunkWatch watch) {
        this.lines = lines;
        this.inbound = inbound;
        this.outbound = outbound;
        this.rings = rings;
        this.registrar = registrar;
        this.watch = watch;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            ServerTransaction st = event.getServerTransaction() != null
                    ? event.getServerTransaction()
                    : request.getMethod().equals(Request.ACK) ? null : lines.provider.getNewServerTransaction(request);
            switch (request.getMethod()) {
                case Request.INVITE -> inbound.invited(st, request);
                case Request.ACK -> {} // the dialog is confirmed; nothing to do
                case Request.BYE -> {
                    lines.respond(st, request, Response.OK);
                    inbound.hungUp(request, "BYE from the carrier");
                }
                case Request.CANCEL -> {
                    lines.respond(st, request, Response.OK);
                    inbound.hungUp(request, "CANCEL from the carrier");
                }
                case Request.OPTIONS -> lines.respond(st, request, Response.OK); // the carrier's keep-alive
                case Request.REGISTER -> registrar.register(st, request);
                case Request.INFO -> {
                    lines.respond(st, request, Response.OK);
                    inbound.keyByInfo(request);
                }
                default -> lines.respond(st, request, Response.METHOD_NOT_ALLOWED);
            }
        } catch (Exception e) {
            long n = dropped.incrementAndGet();
            LOG.warning(() -> "dropped a " + request.getMethod() + " (" + n + " so far): " + e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        try {
            String method = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getMethod();
            if (method.equals(Request.OPTIONS)) {
                watch.answered(event);
            } else if (method.equals(Request.REGISTER)) {
                watch.registered(event);
            } else if (!rings.responded(event)) {
                outbound.responded(event);
            }
        } catch (Exception e) {
            LOG.warning(() -> "could not take a " + event.getResponse().getStatusCode() + ": " + e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        LOG.fine("a SIP transaction timed out");
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.warning(() -> "SIP I/O error towards " + event.getHost() + ":" + event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {}

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {}
}

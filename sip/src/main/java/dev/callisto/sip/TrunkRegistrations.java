package dev.callisto.sip;

import dev.callisto.application.phone.TrunkChecks;
import dev.callisto.domain.phone.SipDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sip.ResponseEvent;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Registering trunks: the edge registers the trunk's username with its carrier (REGISTER, the
 * digest challenge answered with the trunk's secret), at every round of the trunk checks, so the
 * registration never lapses and its answer is also the check of the carrier. Accepted, the trunk
 * is up and registered; refused (a wrong secret: a second challenge, or 403), down with why.
 */
final class TrunkRegistrations {

    /** A REGISTER waiting for its answer, and whether it already answered a challenge. */
    private record Pending(TrunkChecks.Carrier carrier, Request request, boolean answered) {}

    private final SipLines lines;
    private final TrunkChecks checks;
    private final int expires;
    private final long patienceSeconds;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    TrunkRegistrations(SipLines lines, int expires, long patienceSeconds) {
        this.lines = lines;
        this.checks = lines.services.checks();
        this.expires = expires;
        this.patienceSeconds = patienceSeconds;
    }

    void register(TrunkChecks.Carrier c) throws Exception {
        var addresses = lines.sip.createAddressFactory();
        Request request =
                lines.request(Request.REGISTER, c.username(), c.host(), c.port(), c.transport(), c.username());
        SipURI registrar = addresses.createSipURI(null, c.host());
        registrar.setPort(c.port());
        if (!c.transport().equals("udp")) {
            registrar.setTransportParam(c.transport());
        }
        request.setRequestURI(registrar);
        SipURI aor = addresses.createSipURI(c.username(), c.host());
        ((FromHeader) request.getHeader(FromHeader.NAME)).setAddress(addresses.createAddress(aor));
        ((ToHeader) request.getHeader(ToHeader.NAME)).setAddress(addresses.createAddress(aor));
        request.addHeader(lines.sip.createHeaderFactory().createExpiresHeader(expires));
        send(new Pending(c, request, false));
    }

    private void send(Pending p) throws Exception {
        String callId = SipLines.callIdOf(p.request());
        pending.put(callId, p);
        lines.timers.schedule(() -> unanswered(callId, p), patienceSeconds, TimeUnit.SECONDS);
        lines.provider.getNewClientTransaction(p.request()).sendRequest();
    }

    void responded(ResponseEvent event) throws Exception {
        Response response = event.getResponse();
        String callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        Pending p = pending.get(callId);
        int status = response.getStatusCode();
        if (p == null || status < 200 || !pending.remove(callId, p)) {
            return;
        }
        long trunkId = p.carrier().trunkId();
        boolean challenged = status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED;
        if (challenged && !p.answered()) {
            send(new Pending(p.carrier(), answer(p, response), true));
        } else if (status >= 200 && status < 300) {
            ExpiresHeader granted = (ExpiresHeader) response.getHeader(ExpiresHeader.NAME);
            long seconds = granted != null && granted.getExpires() > 0 ? granted.getExpires() : expires;
            lines.work.submit(() -> checks.registered(trunkId, seconds, "registered for " + seconds + " s"));
        } else {
            String why = "registration refused: " + status + " " + response.getReasonPhrase()
                    + (challenged ? " (wrong username or secret)" : "");
            lines.work.submit(() -> checks.registered(trunkId, 0, why));
        }
    }

    /** The REGISTER again, with the digest answer to the carrier's challenge. */
    private Request answer(Pending p, Response challenge) throws Exception {
        boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        Header header = challenge.getHeader(proxy ? "Proxy-Authenticate" : "WWW-Authenticate");
        Map<String, String> asked = SipDigest.parameters(header.toString());
        String qop = asked.containsKey("qop") ? "auth" : null;
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String username = p.carrier().username();
        String realm = asked.get("realm");
        String value = new SipDigest.Answer(
                                username,
                                realm,
                                asked.get("nonce"),
                                p.request().getRequestURI().toString(),
                                null,
                                qop,
                                qop == null ? null : "00000001",
                                qop == null ? null : HexFormat.of().formatHex(bytes))
                        .authorization(
                                SipDigest.hash(username, realm, p.carrier().secret()), Request.REGISTER)
                + (asked.containsKey("opaque") ? ", opaque=\"" + asked.get("opaque") + "\"" : "");
        Request again = (Request) p.request().clone();
        CSeqHeader cseq = (CSeqHeader) again.getHeader(CSeqHeader.NAME);
        cseq.setSeqNumber(cseq.getSeqNumber() + 1);
        ViaHeader via = (ViaHeader) again.getHeader(ViaHeader.NAME);
        via.removeParameter("branch"); // a new transaction: the stack gives it a new branch
        again.setHeader(
                lines.sip.createHeaderFactory().createHeader(proxy ? "Proxy-Authorization" : "Authorization", value));
        return again;
    }

    private void unanswered(String callId, Pending p) {
        if (pending.remove(callId, p)) {
            checks.checked(p.carrier().trunkId(), false, "no answer to REGISTER within " + patienceSeconds + " s");
        }
    }
}

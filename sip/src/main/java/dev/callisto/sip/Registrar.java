package dev.callisto.sip;

import dev.callisto.application.phone.PhoneRegistrations.Outcome;
import dev.callisto.domain.phone.SipDigest;
import gov.nist.javax.sip.message.SIPRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Agents' desk phones registering with the edge ({@code sip:login@tenant-code}): challenged with
 * a digest nonce (401), then their answer checked by the contact center
 * ({@link dev.callisto.application.phone.PhoneRegistrations}), which counts wrong passwords
 * towards the lockout (403 while locked). A phone is reached where its REGISTER came from
 * (the source address, so a phone behind NAT is found where it really is).
 */
final class Registrar {

    private static final Logger LOG = Logger.getLogger(Registrar.class.getName());
    private static final long NONCE_SECONDS = 300;
    private static final int MIN_EXPIRES = 60;
    private static final int MAX_EXPIRES = 3600;

    private final SipLines lines;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();

    Registrar(SipLines lines) {
        this.lines = lines;
    }

    /** A REGISTER: checked on a managed thread (it needs the database). */
    void register(ServerTransaction st, Request request) {
        lines.work.submit(() -> {
            try {
                answer(st, request);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "a registration failed: " + e, e);
            }
        });
    }

    private void answer(ServerTransaction st, Request request) throws Exception {
        SipURI aor = (SipURI)
                ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI();
        String domain = aor.getHost();
        if (!lines.services.registrations().knows(domain)) {
            lines.respond(st, request, Response.FORBIDDEN);
            return;
        }
        Header authorization = request.getHeader("Authorization");
        Map<String, String> digest = authorization == null ? Map.of() : SipDigest.parameters(authorization.toString());
        String nonce = digest.get("nonce");
        if (nonce == null || !fresh(nonce) || !aor.getUser().equals(digest.get("username"))) {
            challenge(st, request, domain);
            return;
        }
        SIPRequest sip = (SIPRequest) request;
        String contact = sip.getRemoteAddress().getHostAddress() + ":" + sip.getRemotePort();
        int expires = expires(request);
        Outcome outcome = lines.services
                .registrations()
                .register(
                        domain,
                        new SipDigest.Answer(
                                digest.get("username"),
                                digest.get("realm"),
                                nonce,
                                digest.get("uri"),
                                digest.get("response"),
                                digest.get("qop"),
                                digest.get("nc"),
                                digest.get("cnonce")),
                        contact,
                        expires);
        switch (outcome) {
            case REGISTERED -> {
                Response ok = lines.sip.createMessageFactory().createResponse(Response.OK, request);
                ContactHeader phone = (ContactHeader) request.getHeader(ContactHeader.NAME);
                if (phone != null && expires > 0) {
                    phone.setExpires(expires);
                    ok.addHeader(phone);
                }
                ok.addHeader(lines.sip.createHeaderFactory().createExpiresHeader(expires));
                st.sendResponse(ok);
            }
            case LOCKED -> lines.respond(st, request, Response.FORBIDDEN);
            default -> challenge(st, request, domain);
        }
    }

    private void challenge(ServerTransaction st, Request request, String realm) throws Exception {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        Instant now = Instant.now();
        nonces.values().removeIf(issued -> issued.isBefore(now.minusSeconds(NONCE_SECONDS)));
        nonces.put(nonce, now);
        Response unauthorized = lines.sip.createMessageFactory().createResponse(Response.UNAUTHORIZED, request);
        var challenge = lines.sip.createHeaderFactory().createWWWAuthenticateHeader("Digest");
        challenge.setRealm(realm);
        challenge.setNonce(nonce);
        challenge.setAlgorithm("MD5");
        challenge.setQop("auth");
        unauthorized.addHeader(challenge);
        st.sendResponse(unauthorized);
    }

    /** A nonce this edge gave in the last five minutes; each answers one REGISTER. */
    private boolean fresh(String nonce) {
        Instant issued = nonces.remove(nonce);
        return issued != null && issued.isAfter(Instant.now().minusSeconds(NONCE_SECONDS));
    }

    /** How long the phone asks to stay registered (its Contact's or the Expires header), 60 to 3600 s; 0 unregisters. */
    private static int expires(Request request) {
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        ExpiresHeader header = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        int asked = contact != null && contact.getExpires() >= 0
                ? contact.getExpires()
                : header != null ? header.getExpires() : MAX_EXPIRES;
        if (asked == 0 || contact == null || contact.isWildCard()) {
            return 0;
        }
        return Math.max(MIN_EXPIRES, Math.min(MAX_EXPIRES, asked));
    }
}

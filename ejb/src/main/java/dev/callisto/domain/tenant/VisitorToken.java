package dev.callisto.domain.tenant;

import dev.callisto.domain.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a customer page proves who the customer is without a staff login: the tenant id, the
 * customer (a visitor id or a number the tenant's own site vouches for) and an expiry, signed with
 * the tenant's visitor secret (HMAC-SHA256). Anyone holding the secret can mint tokens, so a
 * tenant's web backend can sign its signed-in customers' numbers itself.
 */
public record VisitorToken(long tenantId, String customer, Instant expiresAt) {

    private static final String PREFIX = "v1.";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    public VisitorToken {
        if (customer == null || customer.isBlank() || customer.length() > 80 || customer.contains("|")) {
            throw new IllegalArgumentException("a visitor token needs a customer id of at most 80 characters");
        }
    }

    public String sign(byte[] secret) {
        String claims = B64.encodeToString(
                (tenantId + "|" + customer + "|" + expiresAt.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return PREFIX + claims + "." + B64.encodeToString(mac(secret, claims));
    }

    /** The tenant a token claims, read before its signature can be checked with that tenant's secret. */
    public static long claimedTenant(String token) {
        return Long.parseLong(claims(token)[0]);
    }

    /**
     * The token's claims, if its signature is the tenant's and it has not expired.
     *
     * @throws ForbiddenException otherwise (the caller answers 401/403 without saying which check failed)
     */
    public static VisitorToken verify(String token, byte[] secret, Instant now) {
        String[] parts = split(token);
        // Compared as text, not decoded: a decoder ignores the unused bits of the last character, so
        // several spellings decode to the same signature, and a token is valid in one spelling only.
        byte[] expected = B64.encodeToString(mac(secret, parts[0])).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.US_ASCII))) {
            throw invalid();
        }
        String[] claims = claims(token);
        VisitorToken verified = new VisitorToken(
                Long.parseLong(claims[0]), claims[1], Instant.ofEpochSecond(Long.parseLong(claims[2])));
        if (!verified.expiresAt.isAfter(now)) {
            throw new ForbiddenException("the visitor token has expired");
        }
        return verified;
    }

    private static String[] claims(String token) {
        try {
            String[] claims = new String(DECODE.decode(split(token)[0]), StandardCharsets.UTF_8).split("\\|");
            if (claims.length != 3) {
                throw invalid();
            }
            Long.parseLong(claims[0]);
            Long.parseLong(claims[2]);
            return claims;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static String[] split(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            throw invalid();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.");
        if (parts.length != 2) {
            throw invalid();
        }
        return parts;
    }

    private static byte[] mac(byte[] secret, String claims) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static ForbiddenException invalid() {
        return new ForbiddenException("not a valid visitor token");
    }
}

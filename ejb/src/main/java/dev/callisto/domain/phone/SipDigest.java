package dev.callisto.domain.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SIP digest authentication (RFC 3261 §22.4 with RFC 2617's MD5 and {@code qop=auth}), as desk
 * phones use it to register: the server keeps only {@link #hash} of the password, and checks a
 * phone's {@link Answer} to the nonce it was given.
 */
public final class SipDigest {

    private SipDigest() {}

    /** HA1: MD5 of {@code user:realm:password}, what the server stores instead of the password. */
    public static String hash(String user, String realm, String password) {
        return md5(user + ":" + realm + ":" + password);
    }

    /** The fields of a phone's Authorization header; {@code qop}, {@code nc} and {@code cnonce} may be null. */
    public record Answer(
            String username,
            String realm,
            String nonce,
            String uri,
            String response,
            String qop,
            String nc,
            String cnonce) {

        /** Whether the phone knew the password whose hash is {@code ha1}. */
        public boolean matches(String ha1, String method) {
            if (response == null || nonce == null || uri == null) {
                return false;
            }
            return MessageDigest.isEqual(
                    expected(ha1, method).getBytes(StandardCharsets.US_ASCII),
                    response.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }

        /** The response that proves knowing the password whose hash is {@code ha1} (what a client sends). */
        public String expected(String ha1, String method) {
            String ha2 = md5(method + ":" + uri);
            return qop == null
                    ? md5(ha1 + ":" + nonce + ":" + ha2)
                    : md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        }
    }

    static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

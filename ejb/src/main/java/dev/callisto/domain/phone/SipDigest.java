package dev.callisto.domain.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SIP digest authentication (RFC 3261 §22.4 with RFC 2617's MD5 and {@code qop=auth}), as desk
 * phones use it to register: the server keeps only {@link #hash} of the password, and checks a
 * phone's {@link Answer} to the nonce it was given.
 */
public final class SipDigest {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|([^,\\s]+))");

    private SipDigest() {}

    /** The parameters of a {@code Digest} challenge or answer (the whole header, or its value), names in lower case. */
    public static Map<String, String> parameters(String header) {
        Map<String, String> values = new HashMap<>();
        int digest = header.indexOf("Digest");
        Matcher m = PARAMETER.matcher(digest < 0 ? header : header.substring(digest + "Digest".length()));
        while (m.find()) {
            values.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return values;
    }

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
                    response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }

        /**
         * What a client sends ({@code Digest username=…, response=…}) to prove knowing the password
         * whose hash is {@code ha1}.
         */
        public String authorization(String ha1, String method) {
            StringBuilder value = new StringBuilder("Digest username=\"")
                    .append(username)
                    .append("\", realm=\"")
                    .append(realm)
                    .append("\", nonce=\"")
                    .append(nonce)
                    .append("\", uri=\"")
                    .append(uri)
                    .append("\", response=\"")
                    .append(expected(ha1, method))
                    .append("\", algorithm=MD5");
            if (qop != null) {
                value.append(", qop=")
                        .append(qop)
                        .append(", nc=")
                        .append(nc)
                        .append(", cnonce=\"")
                        .append(cnonce)
                        .append('"');
            }
            return value.toString();
        }

        /** The response that proves knowing the password whose hash is {@code ha1}. */
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

package dev.callisto.web.phone;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A TURN credential by the TURN REST API scheme (draft-uberti-behave-turn-rest, coturn's
 * {@code use-auth-secret}): the user name is the expiry in Unix seconds, a colon and who it is
 * for; the password is the base64 HMAC-SHA1 of the user name under the secret Callisto shares
 * with the TURN server. The TURN server checks both without asking Callisto, and refuses the
 * credential after its expiry, so what a browser is handed stops working by itself.
 */
record TurnCredential(String username, String credential) {

    static TurnCredential mint(String sharedSecret, String user, Instant expiry) {
        String username = expiry.getEpochSecond() + ":" + user;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(sharedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] signature = mac.doFinal(username.getBytes(StandardCharsets.UTF_8));
            return new TurnCredential(username, Base64.getEncoder().encodeToString(signature));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}

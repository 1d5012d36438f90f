package dev.callisto.web.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TurnCredentialTest {

    @Test
    void userNameIsExpiryAndWhoAndPasswordIsTheSecretsSignatureOfIt() {
        TurnCredential c = TurnCredential.mint("north-wind", "callisto-t1", Instant.ofEpochSecond(1_700_000_000L));

        assertEquals("1700000000:callisto-t1", c.username());
        // echo -n "1700000000:callisto-t1" | openssl dgst -sha1 -hmac north-wind -binary | base64
        assertEquals("CfWUfsqdXWWtQXYn01rrp6N+V2s=", c.credential());
    }

    @Test
    void anotherSecretOrExpiryGivesAnotherPassword() {
        Instant expiry = Instant.ofEpochSecond(1_700_000_000L);
        String password =
                TurnCredential.mint("north-wind", "callisto-t1", expiry).credential();

        assertNotEquals(
                password,
                TurnCredential.mint("south-wind", "callisto-t1", expiry).credential());
        assertNotEquals(
                password,
                TurnCredential.mint("north-wind", "callisto-t1", expiry.plusSeconds(1))
                        .credential());
    }
}

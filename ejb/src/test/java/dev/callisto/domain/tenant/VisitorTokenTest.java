package dev.callisto.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.callisto.domain.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitorTokenTest {

    private final byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final VisitorToken token = new VisitorToken(4, "+8613800000000", now.plusSeconds(3600));

    @Test
    void aSignedTokenVerifiesToTheSameClaims() {
        String signed = token.sign(secret);
        assertEquals(4, VisitorToken.claimedTenant(signed));
        assertEquals(token, VisitorToken.verify(signed, secret, now));
    }

    @Test
    void anotherTenantsSecretAChangedClaimOrAnExpiredTokenIsRefused() {
        String signed = token.sign(secret);
        byte[] other = "another tenant's secret, 32 byte".getBytes(StandardCharsets.US_ASCII);
        assertThrows(ForbiddenException.class, () -> VisitorToken.verify(signed, other, now));
        String forged = new VisitorToken(4, "+8613900000000", now.plusSeconds(3600)).sign(other);
        String spliced = forged.substring(0, forged.indexOf('.', 3)) + signed.substring(signed.indexOf('.', 3));
        assertThrows(ForbiddenException.class, () -> VisitorToken.verify(spliced, secret, now));
        assertThrows(ForbiddenException.class, () -> VisitorToken.verify(signed, secret, now.plusSeconds(3600)));
        assertThrows(ForbiddenException.class, () -> VisitorToken.verify("v1.garbage", secret, now));
        assertThrows(ForbiddenException.class, () -> VisitorToken.verify(null, secret, now));
    }

    @Test
    void aSignatureSpelledDifferentlyIsRefusedEvenWhereItDecodesToTheSameBytes() {
        String signed = token.sign(secret);
        char last = signed.charAt(signed.length() - 1);
        // 32 bytes take 43 characters: the last carries 4 bits, so its neighbour in the alphabet
        // (differing in the lowest, unused bit) decodes to the same signature.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char twin = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String respelled = signed.substring(0, signed.length() - 1) + twin;
        assertThrows(ForbiddenException.class, () -> VisitorToken.verify(respelled, secret, now));
    }
}

package dev.callisto.domain.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.phone.SipDigest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentPhoneTest {

    private final Instant now = Instant.parse("2026-12-03T08:00:00Z");
    private final AgentProfile profile = new AgentProfile("Alice", "1001", null, AnswerMode.BROWSER_PHONE, 3);
    private final AgentPhone phone = new AgentPhone(new Agent(1, "agent1", profile, now));

    private static SipDigest.Answer answer(String password) {
        String ha1 = SipDigest.hash("agent1", "acme", password);
        String ha2 = md5("REGISTER:sip:acme");
        return new SipDigest.Answer("agent1", "acme", "n1", "sip:acme", md5(ha1 + ":n1:" + ha2), null, null, null);
    }

    private static String md5(String s) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("MD5")
                            .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeskPhoneNeedsASipAccountAndAMobileABoundNumber() {
        assertEquals(AnswerMode.BROWSER_PHONE, phone.mode());
        assertThrows(InvalidInputException.class, () -> phone.use(AnswerMode.SIP_PHONE, profile));
        assertThrows(InvalidInputException.class, () -> phone.use(AnswerMode.MOBILE, profile));
        phone.setSipPassword("agent1", "acme", "correct horse");
        phone.use(AnswerMode.SIP_PHONE, profile);
        phone.use(AnswerMode.MOBILE, new AgentProfile("Alice", "1001", "+8613800138000", AnswerMode.MOBILE, 3));
        assertEquals(AnswerMode.MOBILE, phone.mode());
        assertThrows(InvalidInputException.class, () -> phone.setSipPassword("agent1", "acme", "short"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        phone.setSipPassword("agent1", "acme", "correct horse");
        assertTrue(phone.authenticate(answer("correct horse"), "REGISTER", now));
        for (int i = 0; i < AgentPhone.FAILURES_BEFORE_LOCK; i++) {
            assertFalse(phone.authenticate(answer("wrong " + i), "REGISTER", now));
        }
        assertTrue(phone.isLocked(now));
        assertFalse(phone.authenticate(answer("correct horse"), "REGISTER", now.plusSeconds(59)));
        assertTrue(phone.authenticate(answer("correct horse"), "REGISTER", now.plusSeconds(61)));
    }

    @Test
    void aRegistrationHoldsUntilItExpiresOrIsWithdrawn() {
        phone.register("10.0.0.2:5070", 60, now);
        assertEquals("10.0.0.2:5070", phone.registeredContact(now.plusSeconds(59)));
        assertNull(phone.registeredContact(now.plusSeconds(61)));
        phone.register("10.0.0.2:5070", 0, now);
        assertNull(phone.registeredContact(now));
    }
}

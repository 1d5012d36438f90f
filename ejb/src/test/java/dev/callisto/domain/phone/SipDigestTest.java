package dev.callisto.domain.phone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SipDigestTest {

    // RFC 2617 §3.5's worked example.
    private static final String HA1 = SipDigest.hash("Mufasa", "testrealm@host.com", "Circle Of Life");

    @Test
    void theRfcExampleWithQopIsAccepted() {
        var answer = new SipDigest.Answer(
                "Mufasa",
                "testrealm@host.com",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "/dir/index.html",
                "6629fae49393a05397450978507c4ef1",
                "auth",
                "00000001",
                "0a4f113b");
        assertTrue(answer.matches(HA1, "GET"));
        assertFalse(answer.matches(HA1, "REGISTER"), "the method is part of the answer");
        assertFalse(answer.matches(SipDigest.hash("Mufasa", "testrealm@host.com", "circle of life"), "GET"));
    }

    @Test
    void anAnswerWithoutQopUsesTheNonceAlone() {
        String ha2 = SipDigest.md5("REGISTER:sip:10.0.0.1");
        String response = SipDigest.md5(HA1 + ":abc:" + ha2);
        assertTrue(new SipDigest.Answer("Mufasa", "r", "abc", "sip:10.0.0.1", response, null, null, null)
                .matches(HA1, "REGISTER"));
        assertFalse(new SipDigest.Answer("Mufasa", "r", "abd", "sip:10.0.0.1", response, null, null, null)
                .matches(HA1, "REGISTER"));
        assertFalse(new SipDigest.Answer("Mufasa", "r", "abc", "sip:10.0.0.1", null, null, null, null)
                .matches(HA1, "REGISTER"));
    }
}

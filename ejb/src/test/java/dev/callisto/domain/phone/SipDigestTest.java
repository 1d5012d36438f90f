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

    @Test
    void whatAClientSendsIsWhatTheServerReadsAndAccepts() {
        var challenge = SipDigest.parameters(
                "WWW-Authenticate: Digest realm=\"acme\", nonce=\"n-1\", algorithm=MD5, qop=\"auth\"");
        assertTrue(challenge.get("realm").equals("acme") && challenge.get("qop").equals("auth"), challenge.toString());
        String ha1 = SipDigest.hash("agent1", "acme", "secret-1");
        String sent = new SipDigest.Answer("agent1", "acme", "n-1", "sip:10.0.0.1:5080", null, "auth", "00000001", "c1")
                .authorization(ha1, "REGISTER");
        var read = SipDigest.parameters("Authorization: " + sent);
        var answer = new SipDigest.Answer(
                read.get("username"),
                read.get("realm"),
                read.get("nonce"),
                read.get("uri"),
                read.get("response"),
                read.get("qop"),
                read.get("nc"),
                read.get("cnonce"));
        assertTrue(answer.matches(ha1, "REGISTER"), sent);
        assertFalse(answer.matches(SipDigest.hash("agent1", "acme", "secret-2"), "REGISTER"));
    }
}

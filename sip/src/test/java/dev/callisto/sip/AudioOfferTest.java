package dev.callisto.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class AudioOfferTest {

    private static final String CARRIER = "v=0\r\n"
            + "o=carrier 53655765 2353687637 IN IP4 10.203.0.2\r\n"
            + "s=-\r\n"
            + "c=IN IP4 10.203.0.2\r\n"
            + "t=0 0\r\n"
            + "m=audio 16000 RTP/AVP 8 0 101\r\n"
            + "a=rtpmap:8 PCMA/8000\r\n"
            + "a=rtpmap:0 PCMU/8000\r\n"
            + "a=rtpmap:101 telephone-event/8000\r\n"
            + "a=fmtp:101 0-15\r\n";

    @Test
    void theCarriersFirstG711CodecAndItsKeysAreTaken() throws Exception {
        AudioOffer offer = AudioOffer.of(CARRIER).orElseThrow();
        assertEquals(new InetSocketAddress("10.203.0.2", 16000), offer.address());
        assertEquals("pcma", offer.codec());
        assertEquals(8, offer.payloadType());
        assertEquals(101, offer.eventPayloadType());
        String answer = offer.answer(new InetSocketAddress("10.203.0.1", 30000), 7);
        assertTrue(answer.contains("m=audio 30000 RTP/AVP 8 101\r\n"), answer);
        assertTrue(answer.contains("c=IN IP4 10.203.0.1\r\n"), answer);
        assertTrue(answer.contains("a=rtpmap:101 telephone-event/8000"), answer);
    }

    @Test
    void anOfferWithoutG711IsNotTaken() throws Exception {
        String opusOnly = CARRIER.replace("m=audio 16000 RTP/AVP 8 0 101", "m=audio 16000 RTP/AVP 111")
                .replace("a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\n", "a=rtpmap:111 opus/48000/2\r\n");
        assertTrue(AudioOffer.of(opusOnly).isEmpty());
    }

    @Test
    void staticPayloadTypesNeedNoRtpmap() throws Exception {
        AudioOffer offer = AudioOffer.of(CARRIER.replace("m=audio 16000 RTP/AVP 8 0 101", "m=audio 16000 RTP/AVP 0")
                        .replaceAll("a=rtpmap:[^\r]*\r\n", "")
                        .replace("a=fmtp:101 0-15\r\n", ""))
                .orElseThrow();
        assertEquals("pcmu", offer.codec());
        assertEquals(-1, offer.eventPayloadType());
    }
}

package dev.callisto.bench.phone;

import dev.callisto.bench.phone.RtpLegs.Leg;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The carrier's side of one benchmark call: the INVITE, its ACK, the audio, and the caller hanging up. */
final class Carrier {

    private Carrier() {}

    static void call(
            SipPeer peer,
            RtpLegs rtp,
            ScheduledExecutorService clock,
            String number,
            String customer,
            long holdSeconds,
            Consumer<Leg> connected,
            Runnable failed)
            throws Exception {
        String callId = SipPeer.newCallId();
        String uri = "sip:" + number + "@" + peer.edgeUri().substring(4);
        String from = "<sip:" + customer + "@127.0.0.1:" + peer.port() + ">;tag=" + Long.toHexString(System.nanoTime());
        Leg leg = rtp.open();
        peer.follow(callId, m -> {
            try {
                if (m.isResponse() && m.method().equals("INVITE") && m.status() == 200) {
                    String to = m.header("to");
                    peer.request("ACK", uri, callId, 1, from, to, "", null);
                    if (leg.remote == null) {
                        leg.remote = m.audio();
                        connected.accept(leg);
                        clock.schedule(() -> hangUp(peer, uri, callId, from, to), holdSeconds, TimeUnit.SECONDS);
                    }
                } else if (m.isResponse() && m.method().equals("INVITE") && m.status() >= 300) {
                    failed.run();
                    end(peer, rtp, leg, callId);
                } else if (m.isResponse() && m.method().equals("BYE")) {
                    end(peer, rtp, leg, callId);
                } else if (!m.isResponse() && m.method().equals("BYE")) { // the call ended at Callisto's end
                    peer.respond(m, 200, "OK", null, null);
                    end(peer, rtp, leg, callId);
                }
            } catch (Exception e) {
                failed.run();
            }
        });
        peer.request("INVITE", uri, callId, 1, from, "<" + uri + ">", "", SipPeer.sdp(leg.local()));
    }

    private static void hangUp(SipPeer peer, String uri, String callId, String from, String to) {
        try {
            peer.request("BYE", uri, callId, 2, from, to, "", null);
        } catch (Exception e) {
            System.err.println("could not hang up: " + e);
        }
    }

    private static void end(SipPeer peer, RtpLegs rtp, Leg leg, String callId) {
        rtp.close(leg);
        peer.forget(callId);
    }
}

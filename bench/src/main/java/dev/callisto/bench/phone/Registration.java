package dev.callisto.bench.phone;

import java.util.concurrent.CompletableFuture;

/** A benchmark desk phone registering as {@code login@acme}, answering the edge's digest challenge. */
final class Registration {

    private Registration() {}

    static CompletableFuture<Void> register(SipPeer peer, String login) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        String callId = SipPeer.newCallId();
        String aor = "<sip:" + login + "@acme>";
        String from = aor + ";tag=" + Long.toHexString(System.nanoTime());
        peer.follow(callId, m -> {
            try {
                if (m.status() == 401) {
                    String auth = SipPeer.authorization(m, login, "bench-desk-phone", peer.edgeUri());
                    peer.request("REGISTER", peer.edgeUri(), callId, 2, from, aor, "Expires: 3600\r\n" + auth, null);
                } else if (m.status() == 200) {
                    peer.forget(callId);
                    done.complete(null);
                } else {
                    peer.forget(callId);
                    done.completeExceptionally(new IllegalStateException(login + ": " + m.firstLine()));
                }
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        peer.request("REGISTER", peer.edgeUri(), callId, 1, from, aor, "Expires: 3600\r\n", null);
        return done;
    }
}

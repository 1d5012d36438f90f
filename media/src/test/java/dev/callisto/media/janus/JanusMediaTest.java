package dev.callisto.media.janus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JanusMediaTest {

    /** A port that takes connections and closes them at once, as a server that is not Janus would. */
    @Test
    void whileJanusIsDownEveryCallEventIsAnsweredWithoutANewAttempt() throws IOException, InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        try (ServerSocket notJanus = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                while (!notJanus.isClosed()) {
                    try (Socket s = notJanus.accept()) {
                        attempts.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.start();
            JanusMedia media = new JanusMedia(
                    URI.create("ws://localhost:" + notJanus.getLocalPort()),
                    Path.of("hold.wav"),
                    flow -> {},
                    Clock.systemUTC());

            assertFalse(media.isAvailable());
            int firstAttempt = attempts.get(); // the HTTP client may retry the handshake once
            for (int event = 0; event < 100; event++) {
                assertFalse(media.isAvailable());
            }

            notJanus.close();
            acceptor.join(5_000);
            assertEquals(firstAttempt, attempts.get(), "connections tried again within the retry interval");
        }
    }
}

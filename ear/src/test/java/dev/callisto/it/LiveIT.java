package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The live WebSocket feed behind monitoring: supervisors and admins of the tenant only, pushed as it happens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Calls calls = new Calls();
    private final Api api = calls.api;

    /** What a live connection received, as text messages. */
    static final class Feed implements WebSocket.Listener {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            messages.add(data.toString());
            socket.request(1);
            return null;
        }

        boolean saw(String text, long millis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < deadline) {
                if (messages.stream().anyMatch(m -> m.contains(text))) {
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        }
    }

    static WebSocket connect(String base, String authorization, Feed feed) {
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Authorization", authorization)
                .buildAsync(URI.create(base.replace("http://", "ws://") + "/callisto/live"), feed)
                .orTimeout(20, TimeUnit.SECONDS)
                .join();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSupervisorSeesTheirTenantsEventsAsTheyHappenAndNoOneElsesAndAgentsAreRefused() throws Exception {
        Feed acme = new Feed();
        Feed globex = new Feed();
        WebSocket supervisor = connect(api.base(), basic("supervisor"), acme);
        WebSocket other = connect(api.base(), basic("globex-admin"), globex);
        try {
            calls.state("agent3", "IDLE");
            long agent = calls.id("agent3");
            assertTrue(acme.saw("\"agentId\":" + agent, 10_000), "agent3's state change was pushed: " + acme.messages);
            calls.state("agent3", "SIGNED_OUT");
            assertTrue(
                    globex.messages.stream().noneMatch(m -> m.contains("\"agentId\":" + agent)),
                    "globex sees nothing of acme");
        } finally {
            supervisor.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            other.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        CompletionException refused =
                assertThrows(CompletionException.class, () -> connect(api.base(), basic("agent1"), new Feed()));
        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
    }

    @Test
    void theMonitoringPageFollowsAgentStatesLiveInTheBrowser() throws Exception {
        String output = BrowserScript.run("monitor-live.mjs", api.base());
        assertTrue(output.contains("monitoring is live and for supervisors only"), output);
    }
}

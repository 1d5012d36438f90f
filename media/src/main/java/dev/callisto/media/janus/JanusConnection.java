package dev.callisto.media.janus;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * One WebSocket to the Janus API ({@code janus-protocol}) and one Janus session on it. Requests
 * are matched to their answers by transaction: synchronous plugin requests answer with
 * {@code success}, asynchronous ones (join, configure) with an {@code event} carrying the same
 * transaction after an {@code ack}. What Janus says unasked (a browser's media stopped, its
 * peer connection hung up) goes to the listener given at opening, on the socket's thread.
 */
final class JanusConnection implements WebSocket.Listener, AutoCloseable {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(JanusConnection.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private final Consumer<JsonObject> unasked;
    private final long session;
    private volatile boolean open = true;

    private JanusConnection(URI uri, Consumer<JsonObject> unasked) {
        this.unasked = unasked;
        try {
            this.socket = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(3))
                    .build()
                    .newWebSocketBuilder()
                    .subprotocols("janus-protocol")
                    .buildAsync(uri, this)
                    .get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new JanusException("Janus does not answer at " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JanusException("interrupted while connecting to Janus");
        }
        this.session = send(JSON.createObjectBuilder().add("janus", "create"))
                .getJsonObject("data")
                .getJsonNumber("id")
                .longValue();
    }

    static JanusConnection open(URI uri, Consumer<JsonObject> unasked) {
        return new JanusConnection(uri, unasked);
    }

    boolean isOpen() {
        return open;
    }

    /** A new handle on a plugin within this session. */
    long attach(String plugin) {
        return send(JSON.createObjectBuilder()
                        .add("janus", "attach")
                        .add("plugin", plugin)
                        .add("session_id", session))
                .getJsonObject("data")
                .getJsonNumber("id")
                .longValue();
    }

    void detach(long handle) {
        send(JSON.createObjectBuilder()
                .add("janus", "detach")
                .add("session_id", session)
                .add("handle_id", handle));
    }

    /** Detaches a handle that may be gone already (its room destroyed, its peer left). */
    void detachQuietly(long handle) {
        try {
            detach(handle);
        } catch (JanusException e) {
            LOG.fine(() -> "handle " + handle + " already gone: " + e.getMessage());
        }
    }

    /** A plugin request; the plugin's answer data (and, on the full reply, a {@code jsep}). */
    JsonObject message(long handle, JsonObject body, JsonObject jsep) {
        JsonObjectBuilder request = JSON.createObjectBuilder()
                .add("janus", "message")
                .add("session_id", session)
                .add("handle_id", handle)
                .add("body", body);
        if (jsep != null) {
            request.add("jsep", jsep);
        }
        JsonObject reply = send(request);
        JsonObject data = reply.getJsonObject("plugindata").getJsonObject("data");
        if (data.containsKey("error_code")) {
            throw new JanusException(data.getInt("error_code"), data.getString("error", "plugin error"));
        }
        return reply;
    }

    void keepAlive() {
        send(JSON.createObjectBuilder().add("janus", "keepalive").add("session_id", session), true);
    }

    private JsonObject send(JsonObjectBuilder request) {
        return send(request, false);
    }

    /** @param ackAnswers whether an {@code ack} is the whole answer (keepalive) rather than a receipt */
    private JsonObject send(JsonObjectBuilder request, boolean ackAnswers) {
        if (!open) {
            throw new JanusException("the connection to Janus is closed");
        }
        String transaction = UUID.randomUUID().toString();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(transaction, answer);
        if (ackAnswers) {
            acknowledged.add(transaction);
        }
        String text = request.add("transaction", transaction).build().toString();
        synchronized (socket) {
            socket.sendText(text, true).join();
        }
        try {
            JsonObject reply = answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if ("error".equals(reply.getString("janus"))) {
                JsonObject error = reply.getJsonObject("error");
                throw new JanusException(error.getInt("code"), error.getString("reason"));
            }
            return reply;
        } catch (ExecutionException | TimeoutException e) {
            throw new JanusException("Janus did not answer " + text.substring(0, Math.min(80, text.length())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JanusException("interrupted while waiting for Janus");
        } finally {
            pending.remove(transaction);
            acknowledged.remove(transaction);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            dispatch(JSON.createReader(new StringReader(text)).readObject());
        }
        webSocket.request(1);
        return null;
    }

    private void dispatch(JsonObject message) {
        String kind = message.getString("janus", "");
        String transaction = message.getString("transaction", null);
        // "ack" only says an asynchronous request was taken; its answer is the event that follows.
        boolean receipt = kind.equals("ack") && !acknowledged.contains(transaction);
        if (transaction == null || receipt) {
            if (!kind.equals("ack")) {
                LOG.fine(() -> "Janus: " + message);
                unasked.accept(message);
            }
            return;
        }
        CompletableFuture<JsonObject> answer = pending.get(transaction);
        if (answer != null) {
            answer.complete(message);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed("closed by Janus: " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed("failed: " + error);
    }

    private void closed(String why) {
        open = false;
        LOG.warning("connection to Janus " + why);
        pending.values().forEach(p -> p.completeExceptionally(new JanusException(why)));
    }

    @Override
    public void close() {
        if (open) {
            try {
                send(JSON.createObjectBuilder().add("janus", "destroy").add("session_id", session));
            } catch (JanusException e) {
                LOG.fine("session not destroyed: " + e.getMessage());
            }
            open = false;
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}

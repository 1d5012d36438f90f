package dev.callisto.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The REST API as a user reaches it: over HTTP, signed in with a demo login (password "demo"). */
public final class Api {

    public static final String PASSWORD = "demo";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    public Api() {
        int offset = Integer.getInteger("it.port.offset", Integer.getInteger("jboss.socket.binding.port-offset", 0));
        this.base = "http://localhost:" + (8080 + offset);
    }

    public record Reply(int status, String contentType, String body) {
        public JsonObject json() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public JsonArray array() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readArray();
            }
        }

        /** The field names a problem+json body blames. */
        public java.util.List<String> fields() {
            JsonObject problem = json();
            if (!problem.containsKey("errors")) {
                return java.util.List.of();
            }
            return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field"))
                    .toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public Reply put(String user, String path, String json) {
        return send(user, "PUT", path, json);
    }

    public Reply post(String user, String path, String json) {
        return send(user, "POST", path, json);
    }

    public Reply delete(String user, String path) {
        return send(user, "DELETE", path, null);
    }

    /** Paths starting with / are under /callisto/api/v1; absolute server paths start with //. */
    public Reply send(String user, String method, String path, String json) {
        HttpRequest.Builder request =
                request(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(signedIn(request, user), method + " " + path);
    }

    /** A request with a Content-Type of the caller's choosing (a charset, say). */
    public Reply typed(String user, String method, String path, String contentType, String body) {
        HttpRequest.Builder request =
                request(method, path, body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", contentType);
        return send(signedIn(request, user), method + " " + path);
    }

    /** The headers of an unauthenticated request's answer, as an API client sees them. */
    public HttpResponse<String> anonymous(String path, String accept) {
        try {
            return HTTP.send(
                    request("GET", path, null).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A customer page's request, with its visitor token (or none, when {@code token} is null). */
    public Reply visitor(String token, String method, String path, String json) {
        HttpRequest.Builder request =
                request(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("X-Visitor-Token", token);
        }
        return send(request, method + " " + path);
    }

    /** An API client signed in through Keycloak: its bearer token instead of a password. */
    public Reply bearer(String token, String method, String path, String json) {
        HttpRequest.Builder request = request(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request, method + " " + path);
    }

    /** Uploads raw bytes, as a browser's file upload does. */
    public Reply upload(String user, String path, byte[] content) {
        HttpRequest.Builder request = request("POST", path, content).header("Content-Type", "application/octet-stream");
        return send(signedIn(request, user), "POST " + path);
    }

    /** A file as the browser gets it (bytes, status, headers), optionally one byte range of it. */
    public HttpResponse<byte[]> file(String user, String path, String range) {
        HttpRequest.Builder request = signedIn(request("GET", path, null), user);
        if (range != null) {
            request.header("Range", range);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String method, String path, byte[] body) {
        String url = path.startsWith("//") ? base + path.substring(1) : base + "/callisto/api/v1" + path;
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static HttpRequest.Builder signedIn(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return request;
    }

    private static WebSocket.Builder signedIn(WebSocket.Builder socket, String user) {
        return user == null ? socket : socket.header("Authorization", basic(user));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Reply send(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(what + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A WebSocket of the server's ({@code /callisto/phone}, {@code /callisto/live}), signed in as {@code user}. */
    public WebSocket socket(String path, String user, WebSocket.Listener listener) {
        return signedIn(HTTP.newWebSocketBuilder(), user)
                .buildAsync(URI.create(base.replace("http://", "ws://") + path), listener)
                .orTimeout(20, TimeUnit.SECONDS)
                .join();
    }

    /** The base URL of the server, for a browser. */
    public String base() {
        return base;
    }

    /** The id of a demo or test agent by login, as an admin of its tenant finds it. */
    public long agentId(String admin, String login) {
        JsonObject page = get(admin, "/agents?q=" + login).json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("login").equals(login))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no agent " + login))
                .getJsonNumber("id")
                .longValue();
    }

    /**
     * Polls until the answer (a reply, a count) satisfies the condition (events arrive
     * asynchronously), or returns the last one after the wait.
     */
    public <T> T await(Duration wait, java.util.function.Supplier<T> call, Predicate<T> condition) {
        long deadline = System.nanoTime() + wait.toNanos();
        T last = call.get();
        while (!condition.test(last) && System.nanoTime() < deadline) {
            sleep(200);
            last = call.get();
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

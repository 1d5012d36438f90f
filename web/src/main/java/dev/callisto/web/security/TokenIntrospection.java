package dev.callisto.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Asks Keycloak whether a bearer token is still active (RFC 7662), at most once per token every
 * {@value #FRESH_SECONDS} s. A signed token stays valid until it expires; introspection is how a
 * revoked token, or one whose session signed out, stops working within seconds.
 */
final class TokenIntrospection {

    static final int FRESH_SECONDS = 5;
    private static final int MAX_CACHED = 50_000;
    private static final Logger LOG = Logger.getLogger(TokenIntrospection.class.getName());

    private record Answer(boolean active, long checkedAtMillis) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final URI endpoint;
    private final String clientAuthorization;

    private TokenIntrospection(URI endpoint, String clientId, String secret) {
        this.endpoint = endpoint;
        this.clientAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Introspection against the realm the server signs in with, if it signs in through Keycloak. */
    static Optional<TokenIntrospection> configured() {
        String realm = System.getProperty("callisto.oidc.url");
        String secret = System.getenv("CALLISTO_OIDC_SECRET");
        if (realm == null || realm.isBlank() || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TokenIntrospection(
                URI.create(realm + "/protocol/openid-connect/token/introspect"), "callisto-web", secret));
    }

    /**
     * False only if Keycloak says the token is no longer active. If Keycloak cannot be asked, the
     * token's verified signature and expiry stand (logged): an identity provider outage must not
     * sign every agent out mid-call.
     */
    boolean active(String token) {
        String key = digest(token);
        long now = System.currentTimeMillis();
        Answer cached = answers.get(key);
        if (cached != null && now - cached.checkedAtMillis() < FRESH_SECONDS * 1000L) {
            return cached.active();
        }
        Optional<Boolean> asked = ask(token);
        if (asked.isEmpty()) {
            return cached == null || cached.active();
        }
        if (answers.size() > MAX_CACHED) {
            answers.clear(); // stale answers only cost one more question each
        }
        answers.put(key, new Answer(asked.get(), now));
        return asked.get();
    }

    private Optional<Boolean> ask(String token) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(3))
                            .header("Authorization", clientAuthorization)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                LOG.warning("token introspection answered " + r.statusCode() + "; the token's signature stands");
                return Optional.empty();
            }
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                JsonObject answer = reader.readObject();
                return Optional.of(answer.getBoolean("active", false));
            }
        } catch (IOException e) {
            LOG.warning("token introspection failed (" + e + "); the token's signature stands");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

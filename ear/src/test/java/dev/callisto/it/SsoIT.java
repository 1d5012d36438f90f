package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on against the real Keycloak the build started (realm/src/main/keycloak): the
 * server variant with WildFly's elytron-oidc-client. Bearer tokens for each role against a
 * table of operations, tenants kept apart, and the code-flow login in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoIT {

    private static final String REALM =
            "http://localhost:" + Integer.getInteger("it.keycloak.port", 8480) + "/realms/callisto";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    /** Keycloak started with the build; its first start (a build step, then the realm import) is slow. */
    @BeforeAll
    static void keycloakIsUp() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Keycloak did not start; see ear/target/keycloak.log");
    }

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> token("callisto-api", u));
    }

    /** A token some client of the realm minted for the user. */
    static String token(String client, String user) {
        try {
            String form = "grant_type=password&client_id=" + client + "&username="
                    + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), user + ": " + r.body());
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                return reader.readObject().getString("access_token");
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply as(String user, String method, String path, String json) {
        return api.bearer(user == null ? null : token(user), method, path, json);
    }

    /** Who may call an operation: every staff role, supervisors and admins, or admins only. */
    private enum Needs {
        ANY_ROLE,
        SUPERVISOR,
        SUPERVISOR_OR_ADMIN,
        ADMIN
    }

    /**
     * Demo users by Keycloak role and the application roles it grants (docs/permissions.md):
     * agent; team-lead and quality-inspector → supervisor; call-admin → admin; super-admin → both.
     */
    private static final Map<String, List<Needs>> USERS = Map.of(
            "agent1", List.of(Needs.ANY_ROLE),
            "supervisor", List.of(Needs.ANY_ROLE, Needs.SUPERVISOR, Needs.SUPERVISOR_OR_ADMIN),
            "inspector", List.of(Needs.ANY_ROLE, Needs.SUPERVISOR, Needs.SUPERVISOR_OR_ADMIN),
            "calladmin", List.of(Needs.ANY_ROLE, Needs.SUPERVISOR_OR_ADMIN, Needs.ADMIN),
            "superadmin", List.of(Needs.ANY_ROLE, Needs.SUPERVISOR, Needs.SUPERVISOR_OR_ADMIN, Needs.ADMIN));

    /**
     * An operation and the status an allowed caller gets. Writes send a body that is refused after
     * the role check (400) or name nothing (404), so the matrix changes no data.
     */
    private record Operation(String method, String path, String body, Needs needs, int allowed) {}

    private static final List<Operation> MATRIX = List.of(
            new Operation("GET", "/me", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/break-reasons", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/call-records", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/wrap-up-fields", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/ticket-types", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/ticket-policy", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/tickets?mine=true", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/customers/+8613800000000/history", null, Needs.ANY_ROLE, 200),
            new Operation("GET", "/customers/+8613800000000/card", null, Needs.ANY_ROLE, 200),
            new Operation("PUT", "/customers/+8613800000000/card", "{\"tags\":[\"\"]}", Needs.ANY_ROLE, 400),
            new Operation("GET", "/agents", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("GET", "/skill-groups", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("GET", "/events", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("GET", "/live", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("GET", "/recordings/999999", null, Needs.ANY_ROLE, 404),
            new Operation("GET", "/exports", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("GET", "/blacklist", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("POST", "/blacklist", "{}", Needs.SUPERVISOR_OR_ADMIN, 400),
            new Operation("GET", "/ivr-flows", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("POST", "/ivr-flows/main/dry-run", "{\"version\":1}", Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("GET", "/schedules", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("GET", "/prompts", null, Needs.SUPERVISOR_OR_ADMIN, 200),
            new Operation("POST", "/prompts/999999999/review", "{\"approved\":true}", Needs.SUPERVISOR_OR_ADMIN, 404),
            new Operation("POST", "/call-records/exports?format=pdf", null, Needs.SUPERVISOR_OR_ADMIN, 400),
            new Operation("POST", "/tickets/exports?format=pdf", null, Needs.SUPERVISOR_OR_ADMIN, 400),
            new Operation("POST", "/calls", "{}", Needs.SUPERVISOR_OR_ADMIN, 400),
            new Operation(
                    "POST", "/calls/999999999/monitor", "{\"mode\":\"SUPERVISOR_LISTEN\"}", Needs.SUPERVISOR, 404),
            // A stand-in for the customer's hang-up ends an agent's call: supervisors only, as force release.
            new Operation("POST", "/calls/999999999/customer-hangup", null, Needs.SUPERVISOR, 404),
            new Operation("POST", "/agents", "{}", Needs.ADMIN, 400),
            new Operation("POST", "/skill-groups", "{}", Needs.ADMIN, 400),
            new Operation("POST", "/break-reasons", "{}", Needs.ADMIN, 400),
            new Operation("PUT", "/customers/card-fields", "{}", Needs.ADMIN, 400),
            new Operation("POST", "/prompts/speech", "{}", Needs.ADMIN, 400),
            new Operation("GET", "/dead-letters", null, Needs.ADMIN, 200),
            new Operation("POST", "/ivr-flows/main/publish", "{}", Needs.ADMIN, 400),
            new Operation("POST", "/ivr-flows/main/rollback", null, Needs.ADMIN, 409),
            new Operation("PUT", "/schedules/matrix", "not json", Needs.ADMIN, 400),
            new Operation("POST", "/ticket-types", "{}", Needs.ADMIN, 400),
            new Operation("PUT", "/ticket-policy", "{}", Needs.ADMIN, 400),
            new Operation("POST", "/message-templates", "{}", Needs.ADMIN, 400),
            new Operation("POST", "/visitor-tokens", "{}", Needs.ADMIN, 400),
            new Operation("GET", "/audit", null, Needs.ADMIN, 200),
            new Operation("POST", "/audit/exports?format=pdf", null, Needs.ADMIN, 400));

    /** Every role against every protected operation: allowed gets the operation's answer, others 403, no token 401. */
    @Test
    void thePermissionMatrixHoldsForBearerTokensOfEveryRole() {
        List<String> wrong = new ArrayList<>();
        for (Operation op : MATRIX) {
            USERS.forEach((user, grants) -> {
                int expected = grants.contains(op.needs()) ? op.allowed() : 403;
                Reply r = as(user, op.method(), op.path(), op.body());
                if (r.status() != expected) {
                    wrong.add(user + " " + op.method() + " " + op.path() + ": " + r.status() + " (expected " + expected
                            + ")");
                }
            });
            Reply anonymous = as(null, op.method(), op.path(), op.body());
            if (anonymous.status() != 401) {
                wrong.add("no token " + op.method() + " " + op.path() + ": " + anonymous.status());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private long agent1() {
        return as("admin", "GET", "/agents?q=agent1", null)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void aTokenMintedForAnotherClientOfTheRealmIsRefused() {
        String foreign = token("admin-cli", "supervisor");
        Reply r = api.bearer(foreign, "GET", "/agents", null);
        assertEquals(401, r.status(), "a token whose audience is not Callisto: " + r.body());
        assertEquals(
                200, api.bearer(token("supervisor"), "GET", "/agents", null).status());
    }

    @Test
    void aRevokedTokenStopsWorkingWithinSeconds() throws Exception {
        String fresh = token("callisto-api", "inspector"); // not the cached one other tests use
        assertEquals(200, api.bearer(fresh, "GET", "/agents", null).status());
        HttpResponse<String> revoked = HTTP.send(
                HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/revoke"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "client_id=callisto-api&token_type_hint=access_token&token="
                                        + URLEncoder.encode(fresh, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, revoked.statusCode(), revoked.body());
        long start = System.nanoTime();
        Reply r = api.await(
                java.time.Duration.ofSeconds(30),
                () -> api.bearer(fresh, "GET", "/agents", null),
                x -> x.status() == 401);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("revoked token refused after %.1f s%n", seconds);
        assertEquals(401, r.status(), "the revoked token still works after 30 s: " + r.body());
    }

    @Test
    void theTenantComesFromTheTokenAndAnotherTenantsObjectsAreNotFound() {
        JsonObject me = as("globex-admin", "GET", "/me", null).json();
        JsonObject acmeMe = as("admin", "GET", "/me", null).json();
        assertTrue(me.getInt("tenantId") != acmeMe.getInt("tenantId"));
        long acmeAgent = agent1();
        assertEquals(
                404, as("globex-admin", "GET", "/agents/" + acmeAgent, null).status());
        assertEquals(404, as("globex-admin", "GET", "/ivr-flows/main", null).status(), "acme's IVR flow");
        Reply forged =
                api.bearer(token("agent1").substring(0, token("agent1").length() - 4) + "AAAA", "GET", "/me", null);
        assertEquals(401, forged.status(), "a token with a broken signature is refused");
    }

    @Test
    void theLiveFeedTakesBearerTokensOfSupervisorsOnly() throws Exception {
        LiveIT.Feed feed = new LiveIT.Feed();
        WebSocket socket = LiveIT.connect(api.base(), "Bearer " + token("supervisor"), feed);
        try {
            long agent = agent1();
            assertEquals(
                    200,
                    as("agent1", "PUT", "/agents/" + agent + "/state", "{\"state\":\"BUSY\"}")
                            .status());
            assertTrue(feed.saw("\"agentId\":" + agent, 10_000), "pushed to the supervisor: " + feed.messages);
            as("agent1", "PUT", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        CompletionException refused = assertThrows(
                CompletionException.class,
                () -> LiveIT.connect(api.base(), "Bearer " + token("agent1"), new LiveIT.Feed()));
        assertEquals(
                403,
                ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }

    @Test
    void aUserSignsInThroughKeycloaksLoginPageAndRepeatedFailuresLockTheAccount() throws Exception {
        String output = BrowserScript.run("sso-login.mjs", api.base());
        assertTrue(output.contains("signed in through Keycloak"), output);
        Reply audit = as("superadmin", "GET", "/audit?action=sign-in&actor=agent2", null);
        assertEquals(200, audit.status(), audit.body());
        assertTrue(audit.json().getInt("total") >= 1, "the sign-in is in the audit log: " + audit.body());
    }
}

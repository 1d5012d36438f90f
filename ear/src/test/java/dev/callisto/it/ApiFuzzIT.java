package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the served OpenAPI document gets malformed path and query parameters,
 * bodies and headers; none may answer 5xx, and every error must be problem+json. It signs in as
 * globex's admin, so whatever a malformed request might still change is not the demo tenant
 * the other tests use; path parameters are never a real id, so nothing existing is touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

    private static final String USER = "globex-admin";
    private static final String PREFIX = "/callisto/api/v1";
    private static final long BUDGET_MILLIS = 240_000;

    private static final List<String> PATH_VALUES = List.of(
            "-1", "0", "99999999999999999999", "abc", "..%2F..", "%00", "x".repeat(300), "1.5", "%F0%9F%98%80", "%20");
    private static final List<String> QUERY_VALUES = List.of(
            "-1", "abc", "%00", "x".repeat(3000), "2026-13-45", "%27%20OR%201%3D1", "1e999", "%F0%9F%98%80", "");
    private static final List<String> RAW_BODIES = List.of(
            "{", "[]", "null", "\"text\"", "12", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}", "\u0000");
    private static final List<String> CONTENT_TYPES =
            List.of("application/xml", "text/plain", "application/json; charset=ebcdic", "multipart/form-data");

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    private record Request(String method, String path, String contentType, String body) {}

    @Test
    void noMalformedRequestAnswers5xxOrAnErrorThatIsNotProblemJson() {
        JsonObject doc = Json.createReader(
                        new StringReader(api.get(null, "//openapi?format=JSON").body()))
                .readObject();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<Request> requests = new ArrayList<>();
        doc.getJsonObject("paths").forEach((path, ops) -> ops.asJsonObject()
                .forEach((method, op) ->
                        requests.addAll(variants(path, method.toUpperCase(), op.asJsonObject(), schemas))));
        assertTrue(requests.size() > 1000, "the document lists the API: " + requests.size() + " requests");

        List<String> failures = new ArrayList<>();
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        int sent = 0;
        for (Request r : requests) {
            if (System.currentTimeMillis() > deadline) {
                break;
            }
            Reply reply = api.typed(USER, r.method(), r.path(), r.contentType(), r.body());
            sent++;
            boolean problem = reply.contentType().startsWith("application/problem+json");
            if (reply.status() >= 500 || reply.status() >= 400 && !problem) {
                failures.add(reply.status() + " " + reply.contentType() + " for " + r.method() + " " + shorten(r.path())
                        + " [" + r.contentType() + "] " + shorten(r.body()) + " -> " + shorten(reply.body()));
            }
        }
        System.out.println(
                "API fuzz: " + sent + " of " + requests.size() + " requests sent, " + failures.size() + " failed");
        assertTrue(sent >= Math.min(requests.size(), 2000), "sent " + sent + " within the budget");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " bad answers:\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private static List<Request> variants(String path, String method, JsonObject op, JsonObject schemas) {
        Map<String, String> pathParams = new LinkedHashMap<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonValue p :
                op.getJsonArray("parameters") == null ? List.<JsonValue>of() : op.getJsonArray("parameters")) {
            JsonObject param = p.asJsonObject();
            if (param.getString("in").equals("path")) {
                pathParams.put(param.getString("name"), "-1");
            } else if (param.getString("in").equals("query")) {
                queryParams.add(param.getString("name"));
            }
        }
        String target = relative(fill(path, pathParams, "-1"));
        List<Request> out = new ArrayList<>();
        boolean hasBody = op.containsKey("requestBody");
        String json = "application/json";
        for (String value : PATH_VALUES) {
            if (!pathParams.isEmpty()) {
                out.add(new Request(method, relative(fill(path, pathParams, value)), json, hasBody ? "{}" : ""));
            }
        }
        for (String q : queryParams) {
            for (String value : QUERY_VALUES) {
                out.add(new Request(method, target + "?" + q + "=" + value, json, hasBody ? "{}" : ""));
            }
        }
        if (hasBody) {
            RAW_BODIES.forEach(b -> out.add(new Request(method, target, json, b)));
            CONTENT_TYPES.forEach(t -> out.add(new Request(method, target, t, "{\"a\":1}")));
            JsonObject schema = bodySchema(op, schemas);
            if (schema != null && schema.containsKey("properties")) {
                schema.getJsonObject("properties").forEach((field, type) -> wrongValues(type.asJsonObject(), schemas)
                        .forEach(v -> out.add(new Request(method, target, json, "{\"" + field + "\":" + v + "}"))));
            }
        }
        return out;
    }

    /** Values of the wrong kind for a field, and extremes of its own kind. */
    private static List<String> wrongValues(JsonObject type, JsonObject schemas) {
        JsonObject t = resolve(type, schemas);
        String kind = t.getString("type", t.containsKey("enum") ? "string" : "object");
        List<String> values = new ArrayList<>(List.of("{}", "[]", "null", "true"));
        switch (kind) {
            case "integer", "number" ->
                values.addAll(List.of("\"many\"", "99999999999999999999999", "-1", "1.5", "1e400"));
            case "string" -> values.addAll(List.of("42", "\"" + "x".repeat(100_000) + "\"", "\"\\u0000\"", "\"NOPE\""));
            case "array" -> values.addAll(List.of("\"one\"", "[{}]", "[[[[1]]]]", "[null]"));
            default -> values.addAll(List.of("\"text\"", "42", "{\"x\":{\"y\":[1,{}]}}"));
        }
        return values;
    }

    private static JsonObject bodySchema(JsonObject op, JsonObject schemas) {
        JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return null;
        }
        JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
        return schema == null ? null : resolve(schema, schemas);
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        String ref = schema.getString("$ref", null);
        return ref == null ? schema : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String fill(String path, Map<String, String> params, String value) {
        String filled = path;
        for (String name : params.keySet()) {
            filled = filled.replace("{" + name + "}", value);
        }
        return filled;
    }

    /** Api paths starting with / are under /callisto/api/v1; others of the server start with //. */
    private static String relative(String path) {
        return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "/" + path;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}

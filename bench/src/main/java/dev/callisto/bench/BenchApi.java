package dev.callisto.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' client of the REST API, as the demo users ({@code admin}, {@code supervisor},
 * password {@code demo}) over BASIC: a path starting with {@code //} is outside {@code /api/v1}.
 */
public final class BenchApi {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(32))
            // HTTP/1.1: a seed request runs for minutes, longer than Undertow keeps an idle HTTP/2 connection.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    public BenchApi(String base) {
        this.base = base;
    }

    public HttpClient http() {
        return http;
    }

    public String base() {
        return base;
    }

    public String call(String user, String method, String path, String json) throws Exception {
        return async(user, method, path, json).get(60, TimeUnit.SECONDS);
    }

    public CompletableFuture<String> async(String user, String method, String path, String json) {
        String url = path.startsWith("//") ? base + path.substring(1) : base + "/callisto/api/v1" + path;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        });
    }

    public static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code q} quantile of sorted figures (NaN if there are none). */
    public static double at(java.util.List<Double> sorted, double q) {
        return sorted.isEmpty()
                ? Double.NaN
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}

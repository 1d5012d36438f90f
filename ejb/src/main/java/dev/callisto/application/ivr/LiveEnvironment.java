package dev.callisto.application.ivr;

import dev.callisto.application.call.CustomerVerifier;
import dev.callisto.domain.ivr.BusinessHours;
import dev.callisto.domain.ivr.IvrEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The world a live call's flow runs in: the tenant's schedules now, its CRM over HTTP, the PIN verifier. */
final class LiveEnvironment implements IvrEnvironment {

    private static final Logger LOG = Logger.getLogger(LiveEnvironment.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final Function<String, BusinessHours> schedules;
    private final CustomerVerifier verifier;
    private final long tenantId;
    private final String customer;
    private final Instant now;

    LiveEnvironment(
            Function<String, BusinessHours> schedules,
            CustomerVerifier verifier,
            long tenantId,
            String customer,
            Instant now) {
        this.schedules = schedules;
        this.verifier = verifier;
        this.tenantId = tenantId;
        this.customer = customer;
        this.now = now;
    }

    @Override
    public BusinessHours.Status hours(String schedule) {
        return schedules.apply(schedule).at(now);
    }

    @Override
    public Optional<String> lookup(String node, String url, int timeoutMillis) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofMillis(timeoutMillis))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? Optional.of(response.body()) : Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "IVR lookup " + node + " failed: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public boolean verify(String pin) {
        return verifier.verify(tenantId, customer, pin);
    }
}

package dev.callisto.domain.ivr;

import java.util.Optional;

/** What a flow asks of the world while it runs; a live call and a dry run answer differently. */
public interface IvrEnvironment {

    BusinessHours.Status hours(String schedule);

    /** The JSON answer of the tenant's URL for lookup node {@code node}, or empty after an error or the timeout. */
    Optional<String> lookup(String node, String url, int timeoutMillis);

    /** The pluggable PIN check. */
    boolean verify(String pin);
}

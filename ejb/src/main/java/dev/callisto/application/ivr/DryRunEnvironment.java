package dev.callisto.application.ivr;

import dev.callisto.domain.ivr.BusinessHours;
import dev.callisto.domain.ivr.IvrEnvironment;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The world of a dry run: the tenant's real schedules at the time asked about, CRM answers given
 * per lookup node (none given: the lookup fails), and a PIN check that passes or fails as told.
 */
record DryRunEnvironment(
        Function<String, BusinessHours> schedules, Instant at, Map<String, String> lookups, boolean pinValid)
        implements IvrEnvironment {

    @Override
    public BusinessHours.Status hours(String schedule) {
        return schedules.apply(schedule).at(at);
    }

    @Override
    public Optional<String> lookup(String node, String url, int timeoutMillis) {
        return Optional.ofNullable(lookups.get(node));
    }

    @Override
    public boolean verify(String pin) {
        return pinValid;
    }
}

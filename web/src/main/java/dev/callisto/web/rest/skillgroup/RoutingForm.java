package dev.callisto.web.rest.skillgroup;

import dev.callisto.domain.routing.OverflowAction;
import dev.callisto.domain.routing.QueueRules;
import dev.callisto.domain.routing.Strategy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A skill group's routing settings; see {@link QueueRules} for what each one means. */
public record RoutingForm(
        @NotNull Strategy strategy,
        @NotNull @Min(1) @Max(600) Integer ringSeconds,
        Boolean missGoesBusy,
        @Min(0) @Max(3600) Integer levelStepSeconds,
        @Min(0) @Max(86400) Integer lastAgentSeconds,
        @Min(0) @Max(86400) Integer maxWaitSeconds,
        @Min(0) @Max(100000) Integer maxWaiting,
        OverflowAction overflowAction,
        Long overflowTargetGroupId) {

    QueueRules rules() {
        return new QueueRules(
                strategy,
                ringSeconds,
                missGoesBusy == null || missGoesBusy,
                orZero(levelStepSeconds),
                orZero(lastAgentSeconds),
                orZero(maxWaitSeconds),
                orZero(maxWaiting),
                overflowAction == null ? OverflowAction.HANGUP : overflowAction,
                overflowTargetGroupId);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}

package dev.callisto.web.rest.breakreason;

import dev.callisto.domain.agent.BreakReason;

public record BreakReasonView(long id, String code, String label, boolean active) {
    static BreakReasonView of(BreakReason r) {
        return new BreakReasonView(r.id(), r.code(), r.label(), r.active());
    }
}

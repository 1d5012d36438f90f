package dev.callisto.web.rest.phone;

import dev.callisto.domain.phone.ServiceNumber;

public record NumberView(long id, String number, long trunkId, String flow, Long skillGroupId) {

    static NumberView of(ServiceNumber n) {
        return new NumberView(n.id(), n.number(), n.trunkId(), n.flow(), n.skillGroupId());
    }
}

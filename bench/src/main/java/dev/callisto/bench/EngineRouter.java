package dev.callisto.bench;

import dev.callisto.domain.routing.AgentSnapshot;
import dev.callisto.domain.routing.ContactKind;
import dev.callisto.domain.routing.Offer;
import dev.callisto.domain.routing.QueueRules;
import dev.callisto.domain.routing.RoutingEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Callisto's routing engine, accepting every offer at once. */
final class EngineRouter implements Router {

    private final RoutingEngine engine = new RoutingEngine(new Random(1));

    EngineRouter(int groups) {
        for (long g = 0; g < groups; g++) {
            engine.defineGroup(g, QueueRules.DEFAULT);
        }
    }

    @Override
    public void addAgent(long agentId, long readySince, List<Long> groups) {
        Map<Long, Integer> levels = new HashMap<>();
        groups.forEach(g -> levels.put(g, 3));
        engine.updateAgent(new AgentSnapshot(agentId, true, true, readySince, 0, 1, levels));
    }

    @Override
    public List<long[]> arrive(long contactId, long groupId, long now) {
        engine.enqueue(contactId, groupId, ContactKind.CALL, 0, now, null);
        return acceptAll(now);
    }

    @Override
    public List<long[]> finish(long contactId, long agentId, long now) {
        engine.finished(contactId, 180);
        return acceptAll(now);
    }

    private List<long[]> acceptAll(long now) {
        List<long[]> made = new ArrayList<>();
        for (Offer offer : engine.dispatch(now)) {
            engine.accepted(offer.contactId());
            made.add(new long[] {offer.contactId(), offer.agentId()});
        }
        return made;
    }
}

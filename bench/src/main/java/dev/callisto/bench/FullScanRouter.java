package dev.callisto.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: what a straightforward router does, scanning a group's members for the longest
 * idle free agent on every decision (FIFO queues, no indexes).
 */
final class FullScanRouter implements Router {

    private final List<List<long[]>> members = new ArrayList<>(); // per group: {agentId}
    private final Map<Long, long[]> agents = new HashMap<>(); // agentId -> {readySince, busy(0/1)}
    private final Map<Long, List<Long>> groupsOf = new HashMap<>();
    private final List<ArrayDeque<Long>> waiting = new ArrayList<>();

    FullScanRouter(int groups) {
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
            waiting.add(new ArrayDeque<>());
        }
    }

    @Override
    public void addAgent(long agentId, long readySince, List<Long> groups) {
        agents.put(agentId, new long[] {readySince, 0});
        groupsOf.put(agentId, groups);
        groups.forEach(g -> members.get((int) (long) g).add(new long[] {agentId}));
    }

    @Override
    public List<long[]> arrive(long contactId, long groupId, long now) {
        long agent = longestIdleFree(groupId);
        if (agent < 0) {
            waiting.get((int) groupId).add(contactId);
            return List.of();
        }
        agents.get(agent)[1] = 1;
        return List.<long[]>of(new long[] {contactId, agent});
    }

    @Override
    public List<long[]> finish(long contactId, long agentId, long now) {
        long[] a = agents.get(agentId);
        a[0] = now;
        a[1] = 0;
        for (long g : groupsOf.get(agentId)) {
            Long next = waiting.get((int) g).poll();
            if (next != null) {
                a[1] = 1;
                return List.<long[]>of(new long[] {next, agentId});
            }
        }
        return List.of();
    }

    private long longestIdleFree(long groupId) {
        long best = -1;
        long bestSince = Long.MAX_VALUE;
        for (long[] m : members.get((int) groupId)) {
            long[] a = agents.get(m[0]);
            if (a[1] == 0 && a[0] < bestSince) {
                best = m[0];
                bestSince = a[0];
            }
        }
        return best;
    }
}

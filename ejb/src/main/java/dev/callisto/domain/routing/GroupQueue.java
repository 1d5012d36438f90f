package dev.callisto.domain.routing;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One skill group's queue: its waiting contacts in queue order and, per kind of contact, the
 * agents who could take one right now in the order the group's strategy ranks them. Both are
 * sorted sets, so a decision looks at the first few entries instead of scanning every agent.
 */
final class GroupQueue {

    final long groupId;
    QueueRules rules;
    /** Members per level; the highest is where {@link Strategy#SKILL_LEVEL} starts. */
    private final TreeMap<Integer, Integer> membersPerLevel = new TreeMap<>();

    final TreeSet<QueuedContact> waiting = new TreeSet<>(QueuedContact.QUEUE_ORDER);
    final TreeSet<QueuedContact> byArrival = new TreeSet<>(QueuedContact.ARRIVAL_ORDER);
    final Map<ContactKind, TreeSet<AgentSlot>> available = new EnumMap<>(ContactKind.class);
    int signedInMembers;
    /** Recent handle time, smoothed; seeds the estimated wait. */
    double averageHandleSeconds = 180;

    GroupQueue(long groupId, QueueRules rules) {
        this.groupId = groupId;
        this.rules = rules;
        for (ContactKind kind : ContactKind.values()) {
            available.put(kind, new TreeSet<>(ranking()));
        }
    }

    /** Re-sorts the available agents when the strategy changes. */
    void changeRules(QueueRules newRules) {
        boolean reorder = newRules.strategy() != rules.strategy();
        rules = newRules;
        if (reorder) {
            for (ContactKind kind : ContactKind.values()) {
                TreeSet<AgentSlot> resorted = new TreeSet<>(ranking());
                resorted.addAll(available.get(kind));
                available.put(kind, resorted);
            }
        }
    }

    /** Best first; every ranking ends with the agent id so that no two agents compare equal. */
    Comparator<AgentSlot> ranking() {
        Comparator<AgentSlot> longestIdle = Comparator.comparingLong((AgentSlot a) -> a.readySinceMillis);
        Comparator<AgentSlot> first =
                switch (rules.strategy()) {
                    case LONGEST_IDLE -> longestIdle;
                    case FEWEST_CALLS ->
                        Comparator.comparingInt((AgentSlot a) -> a.contactsToday)
                                .thenComparing(longestIdle);
                    case LEAST_OCCUPIED ->
                        Comparator.comparingDouble(AgentSlot::occupancy).thenComparing(longestIdle);
                    case ROUND_ROBIN -> Comparator.comparingLong((AgentSlot a) -> a.lastOfferSeq);
                    case RANDOM -> Comparator.comparingLong((AgentSlot a) -> a.randomKey);
                    case SKILL_LEVEL ->
                        Comparator.comparingInt((AgentSlot a) -> -a.level(groupId))
                                .thenComparing(longestIdle);
                };
        return first.thenComparingLong(a -> a.agentId);
    }

    String rankedBy(AgentSlot a, long now) {
        long idle = Math.max(0, now - a.readySinceMillis) / 1000;
        return switch (rules.strategy()) {
            case LONGEST_IDLE -> "idle " + idle + " s";
            case FEWEST_CALLS -> a.contactsToday + " contacts today, idle " + idle + " s";
            case LEAST_OCCUPIED -> Math.round(a.occupancy() * 100) + "% occupied, idle " + idle + " s";
            case ROUND_ROBIN -> "last offered at turn " + a.lastOfferSeq;
            case RANDOM -> "random draw " + Long.toHexString(a.randomKey);
            case SKILL_LEVEL -> "level " + a.level(groupId) + ", idle " + idle + " s";
        };
    }

    void join(AgentSlot a) {
        membersPerLevel.merge(a.level(groupId), 1, Integer::sum);
        if (a.signedIn) {
            signedInMembers++;
        }
    }

    void leave(AgentSlot a) {
        membersPerLevel.computeIfPresent(a.level(groupId), (level, n) -> n == 1 ? null : n - 1);
        if (a.signedIn) {
            signedInMembers--;
        }
    }

    int bestLevel() {
        return membersPerLevel.isEmpty() ? 0 : membersPerLevel.lastKey();
    }

    boolean anyoneAvailable() {
        return available.values().stream().anyMatch(set -> !set.isEmpty());
    }

    int waitingCount() {
        return byArrival.size();
    }

    long estimatedWaitSeconds(int position) {
        return Math.round(position * averageHandleSeconds / Math.max(1, signedInMembers));
    }

    void recordHandleTime(long seconds) {
        averageHandleSeconds = 0.8 * averageHandleSeconds + 0.2 * seconds;
    }
}

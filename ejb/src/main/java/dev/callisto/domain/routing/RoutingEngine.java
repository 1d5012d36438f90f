package dev.callisto.domain.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which agent is offered which contact. It holds only committed facts (agents, groups,
 * contacts) plus the reservations it made itself, all behind one lock: a contact is reserved for
 * at most one agent, an agent never beyond capacity. Callers persist each offer and report back
 * (accepted, missed, cancelled), so a reservation always ends one way or another.
 */
public final class RoutingEngine {

    /** Waiting contacts looked at per group and dispatch: bounds the work when none can be served. */
    private static final int SCAN_LIMIT = 256;
    /** Agents passed over (missed this contact) before giving up on a contact for now. */
    private static final int SKIP_LIMIT = 64;

    private final Map<Long, GroupQueue> groups = new HashMap<>();
    private final Map<Long, AgentSlot> agents = new HashMap<>();
    private final Map<Long, QueuedContact> tickets = new HashMap<>();
    private final Map<Long, Offer> inHand = new HashMap<>();
    private final TreeSet<Offer> byDeadline =
            new TreeSet<>(Comparator.comparingLong(Offer::deadlineMillis).thenComparingLong(Offer::contactId));
    private final Set<Long> dirty = new HashSet<>();
    private final Random random;
    private long offerTurn;

    public RoutingEngine(Random random) {
        this.random = random;
    }

    public synchronized void defineGroup(long groupId, QueueRules rules) {
        GroupQueue existing = groups.get(groupId);
        if (existing != null) {
            existing.changeRules(rules);
        } else {
            groups.put(groupId, new GroupQueue(groupId, rules));
            agents.values().stream().filter(a -> a.level(groupId) > 0).forEach(a -> reindex(a, () -> {}));
        }
        dirty.add(groupId);
    }

    public synchronized void updateAgent(AgentSnapshot snapshot) {
        AgentSlot slot = agents.get(snapshot.agentId());
        if (slot == null) {
            slot = new AgentSlot(new AgentSnapshot(snapshot.agentId(), false, false, 0, 0, 0, Map.of()));
            agents.put(snapshot.agentId(), slot);
        }
        AgentSlot agent = slot;
        reindex(agent, () -> agent.update(snapshot));
    }

    /** A contact enters a group's queue; returns its place, or the overflow when the queue is full. */
    public synchronized Admission enqueue(
            long contactId, long groupId, ContactKind kind, int priority, long enqueuedAt, Long preferredAgentId) {
        return enqueue(contactId, groupId, kind, priority, enqueuedAt, preferredAgentId, null);
    }

    /** As above; {@code requiredAgentId} restricts the contact to one agent (a transfer to that agent). */
    public synchronized Admission enqueue(
            long contactId,
            long groupId,
            ContactKind kind,
            int priority,
            long enqueuedAt,
            Long preferredAgentId,
            Long requiredAgentId) {
        GroupQueue g = group(groupId);
        QueuedContact existing = tickets.get(contactId);
        if (existing != null) {
            return Admission.queued(position(existing), g.estimatedWaitSeconds(position(existing)));
        }
        if (g.rules.maxWaiting() > 0 && g.waitingCount() >= g.rules.maxWaiting()) {
            return Admission.overflowed(g.rules.overflowAction());
        }
        QueuedContact t = new QueuedContact(
                contactId, groupId, kind, priority, contactId, enqueuedAt, preferredAgentId, requiredAgentId);
        tickets.put(contactId, t);
        wait(g, t);
        int position = position(t);
        return Admission.queued(position, g.estimatedWaitSeconds(position));
    }

    /** Makes every offer that can be made now, oldest and most urgent contacts first. */
    public synchronized List<Offer> dispatch(long now) {
        List<Offer> offers = new ArrayList<>();
        List<GroupQueue> todo = new ArrayList<>();
        for (long id : dirty) {
            GroupQueue g = groups.get(id);
            if (g != null && g.waitingCount() > 0) {
                todo.add(g);
            }
        }
        dirty.clear();
        todo.sort(Comparator.comparing(g -> g.byArrival.first(), QueuedContact.QUEUE_ORDER));
        for (GroupQueue g : todo) {
            match(g, now, offers);
        }
        return offers;
    }

    /** Marks groups whose contacts gain eligible agents just by waiting (skill widening, last agent). */
    public synchronized void timePassed() {
        for (GroupQueue g : groups.values()) {
            if (g.waitingCount() > 0
                    && (g.rules.strategy() == Strategy.SKILL_LEVEL || g.rules.lastAgentSeconds() > 0)) {
                dirty.add(g.groupId);
            }
        }
    }

    public synchronized void accepted(long contactId) {
        QueuedContact t = tickets.remove(contactId);
        if (t != null && t.offer != null) {
            byDeadline.remove(t.offer);
            inHand.put(contactId, t.offer);
        }
    }

    /** After a restart: a contact answered before it still occupies its agent until finished. */
    public synchronized void restoreInHand(long contactId, long agentId, long groupId, ContactKind kind) {
        AgentSlot a = agents.get(agentId);
        if (a != null && groups.containsKey(groupId) && !inHand.containsKey(contactId)) {
            reindex(a, () -> a.addLoad(kind, 1));
            inHand.put(contactId, new Offer(contactId, agentId, groupId, kind, 0, null));
        }
    }

    /** The offer rang out or was rejected: the contact returns to its place, not to that agent. */
    public synchronized void missed(long contactId) {
        QueuedContact t = tickets.get(contactId);
        if (t != null && t.offer != null) {
            t.missedBy.add(t.offer.agentId());
            t.requiredAgentId = null;
            release(t);
            wait(group(t.groupId), t);
        }
    }

    /** The offer could not be made durable: undo the reservation as if it never happened. */
    public synchronized void cancelled(long contactId) {
        QueuedContact t = tickets.get(contactId);
        if (t != null && t.offer != null) {
            release(t);
            wait(group(t.groupId), t);
        }
    }

    /** The contact's work is done, or it left (abandoned, overflowed, timed out): nothing of it stays. */
    public synchronized void finished(long contactId, long handleSeconds) {
        Offer handled = inHand.remove(contactId);
        if (handled != null) {
            group(handled.groupId()).recordHandleTime(handleSeconds);
            AgentSlot a = agents.get(handled.agentId());
            if (a != null) {
                reindex(a, () -> {
                    a.addLoad(handled.kind(), -1);
                    a.contactsToday++;
                });
            }
        }
        QueuedContact t = tickets.remove(contactId);
        if (t != null) {
            if (t.offer != null) {
                release(t);
            } else {
                unwait(group(t.groupId), t);
            }
        }
    }

    /** A waiting contact overflows into another group, keeping its place in arrival order. */
    public synchronized void move(long contactId, long targetGroupId, long now) {
        QueuedContact t = tickets.get(contactId);
        GroupQueue target = group(targetGroupId);
        if (t != null && t.offer == null) {
            unwait(group(t.groupId), t);
            t.groupId = targetGroupId;
            t.enteredGroupAtMillis = now;
            wait(target, t);
        }
    }

    public synchronized List<Offer> dueOffers(long now) {
        return byDeadline.stream().takeWhile(o -> o.deadlineMillis() <= now).toList();
    }

    public synchronized List<Overflow> dueOverflows(long now) {
        List<Overflow> due = new ArrayList<>();
        for (GroupQueue g : groups.values()) {
            long limit = g.rules.maxWaitSeconds() * 1000L;
            if (limit <= 0) {
                continue;
            }
            for (QueuedContact t : g.byArrival) {
                if (t.waitedInGroup(now) < limit) {
                    break;
                }
                due.add(new Overflow(
                        t.contactId, g.groupId, g.rules.overflowAction(), g.rules.overflowTargetGroupId()));
            }
        }
        return due;
    }

    /** 1 for the next contact to be offered; empty if it is not waiting. */
    public synchronized OptionalInt position(long contactId) {
        QueuedContact t = tickets.get(contactId);
        return t == null || t.offer != null ? OptionalInt.empty() : OptionalInt.of(position(t));
    }

    public synchronized long estimatedWaitSeconds(long contactId) {
        QueuedContact t = tickets.get(contactId);
        return t == null || t.offer != null ? 0 : group(t.groupId).estimatedWaitSeconds(position(t));
    }

    /** Walks the queue in order, offering each contact to its best eligible agent, within a bounded scan. */
    private void match(GroupQueue g, long now, List<Offer> offers) {
        int scanned = 0;
        Iterator<QueuedContact> it = g.waiting.iterator();
        while (it.hasNext() && g.anyoneAvailable() && scanned++ < SCAN_LIMIT) {
            QueuedContact t = it.next();
            TreeSet<AgentSlot> available = g.available.get(t.kind);
            AgentSlot chosen = available.isEmpty() ? null : choose(g, t, available, now);
            if (chosen != null) {
                Decision decision = DecisionTrace.explain(g, t, chosen, available, now);
                it.remove();
                g.byArrival.remove(t);
                offers.add(reserve(g, t, chosen, decision, now));
            }
        }
    }

    private AgentSlot choose(GroupQueue g, QueuedContact t, TreeSet<AgentSlot> available, long now) {
        long waited = t.waitedInGroup(now);
        if (t.requiredAgentId != null) {
            AgentSlot target = agents.get(t.requiredAgentId);
            return target != null && target.level(g.groupId) > 0 && target.canTake(t.kind) ? target : null;
        }
        if (t.preferredAgentId != null && waited < g.rules.lastAgentSeconds() * 1000L) {
            AgentSlot last = agents.get(t.preferredAgentId);
            boolean eligible = last != null
                    && last.level(g.groupId) > 0
                    && last.canTake(t.kind)
                    && !t.missedBy.contains(last.agentId);
            return eligible ? last : null;
        }
        int lowestLevel = g.rules.lowestLevelAfter(waited, g.bestLevel());
        AgentSlot bestSkipped = null;
        int looked = 0;
        for (AgentSlot a : available) {
            if (a.level(g.groupId) < lowestLevel || ++looked > SKIP_LIMIT) {
                break;
            }
            if (!t.missedBy.contains(a.agentId)) {
                return a;
            }
            bestSkipped = bestSkipped == null ? a : bestSkipped;
        }
        if (bestSkipped != null && looked == available.size()) {
            // Everyone available has missed this contact once: start another round rather than strand it.
            t.missedBy.clear();
        }
        return bestSkipped != null && t.missedBy.isEmpty() ? bestSkipped : null;
    }

    private Offer reserve(GroupQueue g, QueuedContact t, AgentSlot a, Decision decision, long now) {
        reindex(a, () -> {
            a.addLoad(t.kind, 1);
            a.lastOfferSeq = ++offerTurn;
        });
        Offer offer =
                new Offer(t.contactId, a.agentId, g.groupId, t.kind, now + g.rules.ringSeconds() * 1000L, decision);
        t.offer = offer;
        byDeadline.add(offer);
        return offer;
    }

    private void release(QueuedContact t) {
        Offer offer = t.offer;
        byDeadline.remove(offer);
        t.offer = null;
        AgentSlot a = agents.get(offer.agentId());
        if (a != null) {
            reindex(a, () -> a.addLoad(offer.kind(), -1));
        }
    }

    private void wait(GroupQueue g, QueuedContact t) {
        g.waiting.add(t);
        g.byArrival.add(t);
        dirty.add(g.groupId);
    }

    private void unwait(GroupQueue g, QueuedContact t) {
        g.waiting.remove(t);
        g.byArrival.remove(t);
    }

    private int position(QueuedContact t) {
        return group(t.groupId).waiting.headSet(t).size() + 1;
    }

    /** Every change to an agent goes through here: out of the sorted sets, change, back in. */
    private void reindex(AgentSlot a, Runnable change) {
        forEachGroupOf(a, g -> {
            g.available.values().forEach(set -> set.remove(a));
            g.leave(a);
        });
        change.run();
        a.randomKey = random.nextLong();
        forEachGroupOf(a, g -> {
            g.join(a);
            for (ContactKind kind : ContactKind.values()) {
                if (a.canTake(kind)) {
                    g.available.get(kind).add(a);
                    dirty.add(g.groupId);
                }
            }
        });
    }

    private void forEachGroupOf(AgentSlot a, java.util.function.Consumer<GroupQueue> action) {
        for (long groupId : a.levels.keySet()) {
            GroupQueue g = groups.get(groupId);
            if (g != null) {
                action.accept(g);
            }
        }
    }

    private GroupQueue group(long groupId) {
        GroupQueue g = groups.get(groupId);
        if (g == null) {
            throw new IllegalArgumentException("no skill group " + groupId + " in routing");
        }
        return g;
    }

    /** Checks the invariants the engine promises; throws if one is broken. Used by tests. */
    synchronized void checkInvariants() {
        for (AgentSlot a : agents.values()) {
            for (ContactKind kind : ContactKind.values()) {
                if (a.load(kind) < 0 || a.load(kind) > a.capacity(kind)) {
                    throw new IllegalStateException("agent " + a.agentId + " holds " + a.load(kind) + " " + kind);
                }
            }
        }
        for (QueuedContact t : tickets.values()) {
            boolean waiting = group(t.groupId).waiting.contains(t);
            if (waiting == (t.offer != null)) {
                throw new IllegalStateException("contact " + t.contactId + " waiting=" + waiting + " offer=" + t.offer);
            }
        }
    }
}

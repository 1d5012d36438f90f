package dev.callisto.domain.routing;

import java.util.EnumMap;
import java.util.Map;

/** The engine's view of one agent: readiness, work in hand per kind, and where they rank. */
final class AgentSlot {

    final long agentId;
    boolean ready;
    boolean signedIn;
    long readySinceMillis;
    int contactsToday;
    int chatCapacity;
    Map<Long, Integer> levels;
    /** Contacts offered or being handled, per kind. */
    final Map<ContactKind, Integer> load = new EnumMap<>(ContactKind.class);
    /** When this agent was last offered a contact (a global sequence, for round robin). */
    long lastOfferSeq;
    /** Redrawn each time the agent is indexed, so the order among agents is random. */
    long randomKey;

    AgentSlot(AgentSnapshot s) {
        this.agentId = s.agentId();
        update(s);
    }

    void update(AgentSnapshot s) {
        ready = s.ready();
        signedIn = s.signedIn();
        readySinceMillis = s.readySinceMillis();
        contactsToday = s.contactsToday();
        chatCapacity = s.chatCapacity();
        levels = Map.copyOf(s.levels());
    }

    int capacity(ContactKind kind) {
        return kind == ContactKind.CALL ? 1 : chatCapacity;
    }

    int load(ContactKind kind) {
        return load.getOrDefault(kind, 0);
    }

    /** A call excludes everything else; chats run side by side up to the agent's capacity. */
    boolean canTake(ContactKind kind) {
        if (!ready || load(ContactKind.CALL) > 0) {
            return false;
        }
        return kind == ContactKind.CALL ? load(ContactKind.CHAT) == 0 : load(kind) < capacity(kind);
    }

    double occupancy() {
        return chatCapacity == 0 ? 1.0 : (double) load(ContactKind.CHAT) / chatCapacity;
    }

    int level(long groupId) {
        return levels.getOrDefault(groupId, 0);
    }

    void addLoad(ContactKind kind, int delta) {
        load.merge(kind, delta, Integer::sum);
    }
}

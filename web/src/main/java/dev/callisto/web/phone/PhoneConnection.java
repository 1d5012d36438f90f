package dev.callisto.web.phone;

import dev.callisto.application.media.Participant;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An open phone connection: who is on the other end, and the calls they follow (the calls whose
 * events and chat reach them). An agent also follows every call offered to them.
 *
 * @param agentId the staff member's agent id, or null (customers, supervisors who are not agents)
 */
record PhoneConnection(Session session, Participant participant, Long agentId, Set<Long> calls) {

    /** An SDP offer with video and its candidates is under 16 KiB; chat text under 2,000 characters. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;

    PhoneConnection(Session session, Participant participant, Long agentId) {
        this(session, participant, agentId, ConcurrentHashMap.newKeySet());
    }

    /**
     * Closes the socket as too big (1009) if {@code text} is over the limit, counted in characters:
     * Undertow did not enforce the annotation's maxMessageSize in tests, so this does.
     */
    static boolean tooBig(Session session, String text) throws IOException {
        if (text.length() <= MAX_MESSAGE_BYTES) {
            return false;
        }
        session.close(new CloseReason(
                CloseReason.CloseCodes.TOO_BIG, "phone messages are at most " + MAX_MESSAGE_BYTES + " bytes"));
        return true;
    }

    void send(String json) {
        if (session.isOpen()) {
            session.getAsyncRemote().sendText(json);
        }
    }
}

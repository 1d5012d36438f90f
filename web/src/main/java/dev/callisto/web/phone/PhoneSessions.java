package dev.callisto.web.phone;

import dev.callisto.application.call.GoneParties;
import dev.callisto.application.live.LiveEvent;
import dev.callisto.application.media.CallChat.ChatPosted;
import dev.callisto.domain.media.ChatMessage;
import dev.callisto.web.live.SocketPings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open phone connections. Call events reach the customer whose call it is, the agent it
 * concerns, and everyone following the call; chat messages reach everyone following the call.
 */
@ApplicationScoped
public class PhoneSessions {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(PhoneSessions.class.getName());

    /** How long a dropped page has to come back before its side of the call counts as gone. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final Map<Session, PhoneConnection> open = new ConcurrentHashMap<>();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private GoneParties parties;

    @Inject
    private SocketPings pings;

    @Inject
    private IceServers iceServers;

    void add(PhoneConnection connection) {
        open.put(connection.session(), connection);
        // Before anything else: the page builds its first peer connection with these.
        connection.send(iceServers.message(connection.participant()));
    }

    PhoneConnection of(Session session) {
        return open.get(session);
    }

    /**
     * The socket closed ({@code reason} null if it broke). A customer's calls, or an agent's, wait
     * {@link #GRACE} for the same person to reconnect and follow them again (the page reopens a
     * dropped socket by itself); otherwise they are gone, as of when they were last heard.
     */
    void closed(Session session, CloseReason reason) {
        Instant lastHeard = pings.lastHeard(session, reason);
        pings.forget(session);
        PhoneConnection c = open.remove(session);
        if (c == null) {
            return;
        }
        if (c.participant().kind() == ChatMessage.From.CUSTOMER) {
            for (long callId : c.calls()) {
                scheduler.schedule(
                        () -> customerMayBeGone(c, callId, lastHeard), GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } else if (c.agentId() != null) {
            scheduler.schedule(() -> agentMayBeGone(c, lastHeard), GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void customerMayBeGone(PhoneConnection gone, long callId, Instant lastHeard) {
        boolean back = open.values().stream()
                .anyMatch(c ->
                        c.participant().equals(gone.participant()) && c.calls().contains(callId));
        if (!back) {
            run(
                    "customer of call " + callId,
                    () -> parties.customerGone(
                            gone.participant().tenantId(), gone.participant().name(), callId, lastHeard));
        }
    }

    private void agentMayBeGone(PhoneConnection gone, Instant lastHeard) {
        boolean back = open.values().stream().anyMatch(c -> gone.agentId().equals(c.agentId()));
        if (!back) {
            run("agent " + gone.agentId(), () -> parties.agentGone(gone.agentId(), lastHeard));
        }
    }

    private static void run(String who, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // A concurrent change (the other side hung up meanwhile) wins; nothing is left half done.
            LOG.log(Level.WARNING, "could not settle the " + who + " whose browser went away", e);
        }
    }

    /** A message to everyone following the call but the one it came from. */
    void toFollowers(long tenantId, long callId, PhoneConnection from, String message) {
        for (PhoneConnection c : open.values()) {
            if (c != from && c.participant().tenantId() == tenantId && c.calls().contains(callId)) {
                c.send(message);
            }
        }
    }

    void callEvent(@Observes LiveEvent event) {
        if (!event.type().startsWith("call.") || open.isEmpty()) {
            return; // nobody to tell: spare the parsing, which every event would pay
        }
        JsonObject e = JSON.createReader(new StringReader(event.json())).readObject();
        long callId = e.getJsonNumber("callId").longValue();
        Long agentId = e.get("agentId") instanceof JsonNumber n ? n.longValue() : null;
        String customer = e.getString("customer", null);
        String message = JSON.createObjectBuilder()
                .add("type", "call")
                .add("call", callId)
                .add("event", e)
                .build()
                .toString();
        for (PhoneConnection c : open.values()) {
            if (c.participant().tenantId() != event.tenantId()) {
                continue;
            }
            boolean concerned = c.calls().contains(callId)
                    || agentId != null && agentId.equals(c.agentId())
                    || c.participant().kind() == ChatMessage.From.CUSTOMER
                            && c.participant().name().equals(customer);
            if (concerned) {
                if (c.participant().kind() != ChatMessage.From.CUSTOMER) {
                    c.calls().add(callId);
                }
                c.send(message);
            }
        }
    }

    void chat(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatPosted posted) {
        String message = chatJson(posted.message()).build().toString();
        for (PhoneConnection c : open.values()) {
            if (c.participant().tenantId() == posted.tenantId() && c.calls().contains(posted.callId())) {
                c.send(message);
            }
        }
    }

    static JsonObjectBuilder chatJson(ChatMessage m) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", "chat")
                .add("call", m.callId())
                .add("id", m.id())
                .add("from", m.sender().name())
                .add("name", m.senderName())
                .add("at", m.sentAt().toString());
        if (m.text() != null) {
            json.add("text", m.text());
        }
        if (m.imageId() != null) {
            json.add("imageId", m.imageId());
        }
        return json;
    }
}

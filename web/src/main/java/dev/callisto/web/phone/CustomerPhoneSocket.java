package dev.callisto.web.phone;

import dev.callisto.application.media.Participant;
import dev.callisto.application.visitor.VisitorSessions;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.media.ChatMessage;
import dev.callisto.domain.tenant.VisitorToken;
import dev.callisto.web.live.SocketPings;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;

/**
 * {@code /callisto/visitor/phone?token=...}: the customer's phone on the web, H5 and mini-program
 * pages. A browser cannot set headers on a WebSocket, so the signed visitor token comes in the
 * query; the tenant and the customer are the token's.
 */
@ServerEndpoint(value = "/visitor/phone")
public class CustomerPhoneSocket {

    @Inject
    private VisitorSessions visitors;

    @Inject
    private PhoneSessions sessions;

    @Inject
    private PhoneSignals signals;

    @Inject
    private SocketPings pings;

    @OnOpen
    public void open(Session session) throws IOException {
        List<String> token = session.getRequestParameterMap().getOrDefault("token", List.of());
        VisitorToken visitor;
        try {
            visitor = token.isEmpty() ? null : visitors.verify(token.get(0));
        } catch (DomainException e) {
            visitor = null;
        }
        if (visitor == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "a valid visitor token is required"));
            return;
        }
        pings.watch(session);
        sessions.add(new PhoneConnection(
                session, new Participant(visitor.tenantId(), ChatMessage.From.CUSTOMER, visitor.customer()), null));
    }

    /** Signalling and chat messages are small; a larger one closes the socket (1009) unread. */
    @OnMessage(maxMessageSize = PhoneConnection.MAX_MESSAGE_BYTES)
    public void message(Session session, String text) throws IOException {
        if (PhoneConnection.tooBig(session, text)) {
            return;
        }
        pings.heard(session);
        PhoneConnection connection = sessions.of(session);
        if (connection != null) {
            signals.handle(connection, text);
        }
    }

    /** The browser answers the server's pings by itself: it is still there. */
    @OnMessage
    public void pong(Session session, PongMessage pong) {
        pings.heard(session);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        sessions.closed(session, reason);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        sessions.closed(session, null);
    }
}

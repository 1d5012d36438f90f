package dev.callisto.web.phone;

import dev.callisto.application.media.Participant;
import dev.callisto.application.visitor.VisitorSessions;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.media.ChatMessage;
import dev.callisto.domain.tenant.VisitorToken;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
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
        sessions.add(new PhoneConnection(
                session, new Participant(visitor.tenantId(), ChatMessage.From.CUSTOMER, visitor.customer()), null));
    }

    @OnMessage
    public void message(Session session, String text) {
        PhoneConnection connection = sessions.of(session);
        if (connection != null) {
            signals.handle(connection, text);
        }
    }

    @OnClose
    public void close(Session session) {
        sessions.remove(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        sessions.remove(session);
    }
}

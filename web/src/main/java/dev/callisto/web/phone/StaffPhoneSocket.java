package dev.callisto.web.phone;

import dev.callisto.application.live.LiveFeed;
import dev.callisto.application.media.CallMedia;
import dev.callisto.application.media.Participant;
import dev.callisto.domain.media.ChatMessage;
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
import java.util.Optional;

/**
 * {@code /callisto/phone}: the browser phone of agents and supervisors, signed in like the rest of
 * the pages (web.xml lets only Callisto roles reach it). The tenant is the signed-in user's.
 */
@ServerEndpoint(value = "/phone")
public class StaffPhoneSocket {

    @Inject
    private LiveFeed feed;

    @Inject
    private CallMedia media;

    @Inject
    private PhoneSessions sessions;

    @Inject
    private PhoneSignals signals;

    @Inject
    private SocketPings pings;

    @OnOpen
    public void open(Session session) throws IOException {
        String login = session.getUserPrincipal() == null
                ? null
                : session.getUserPrincipal().getName();
        Optional<Long> tenant = login == null ? Optional.empty() : feed.tenantOf(login);
        if (tenant.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not allowed"));
            return;
        }
        pings.watch(session);
        sessions.add(new PhoneConnection(
                session,
                new Participant(tenant.get(), ChatMessage.From.AGENT, login),
                media.agentIdOf(tenant.get(), login).orElse(null)));
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

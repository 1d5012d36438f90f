package dev.callisto.web.phone;

import dev.callisto.application.live.LiveFeed;
import dev.callisto.application.media.CallMedia;
import dev.callisto.application.media.Participant;
import dev.callisto.domain.media.ChatMessage;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
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
        sessions.add(new PhoneConnection(
                session,
                new Participant(tenant.get(), ChatMessage.From.AGENT, login),
                media.agentIdOf(tenant.get(), login).orElse(null)));
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

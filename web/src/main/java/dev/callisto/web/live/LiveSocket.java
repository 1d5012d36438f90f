package dev.callisto.web.live;

import dev.callisto.application.live.LiveFeed;
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
 * {@code /callisto/live}: every event of the supervisor's tenant, as it happens, as JSON text
 * messages (the monitoring page and wallboard build their counters from these). Only supervisors
 * and admins get this far ({@link LiveAccessFilter}); the tenant is the signed-in user's.
 */
@ServerEndpoint("/live")
public class LiveSocket {

    @Inject
    private LiveFeed feed;

    @Inject
    private LiveSessions sessions;

    @Inject
    private SocketPings pings;

    @OnOpen
    public void open(Session session) throws IOException {
        Optional<Long> tenant = session.getUserPrincipal() == null
                ? Optional.empty()
                : feed.tenantOf(session.getUserPrincipal().getName());
        if (tenant.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no tenant"));
            return;
        }
        pings.watch(session);
        sessions.join(tenant.get(), session);
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        pings.heard(session);
    }

    @OnClose
    public void close(Session session) {
        pings.forget(session);
        sessions.leave(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        pings.forget(session);
        sessions.leave(session);
    }
}

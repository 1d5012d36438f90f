package dev.callisto.application.phone;

import dev.callisto.application.DomainEvents;
import dev.callisto.domain.phone.Trunk;
import dev.callisto.events.TrunkEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * What the SIP edge's checks of the carriers find: every trunk's address to check (or register
 * with), and each answer (or silence) kept on the trunk; a trunk going up or down is a
 * {@link TrunkEvent}.
 */
@Stateless
@PermitAll
public class TrunkChecks {

    /** A trunk as the edge checks it: with credentials, it registers rather than asks with OPTIONS. */
    public record Carrier(long trunkId, String host, int port, String transport, String username, String secret) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DomainEvents events;

    @Inject
    private Clock clock;

    public List<Carrier> carriers() {
        return em.createQuery("select t from Trunk t order by t.id", Trunk.class)
                .getResultStream()
                .map(t -> new Carrier(t.id(), t.host(), t.port(), t.transport().sip(), t.username(), t.secret()))
                .toList();
    }

    /** A registering trunk's REGISTER was answered: accepted for {@code seconds}, or (0) refused. */
    public void registered(long trunkId, long seconds, String detail) {
        Trunk trunk = em.find(Trunk.class, trunkId);
        if (trunk != null) {
            trunk.registered(seconds, clock.instant());
            checked(trunkId, seconds > 0, detail);
        }
    }

    public void checked(long trunkId, boolean up, String detail) {
        Trunk trunk = em.find(Trunk.class, trunkId);
        if (trunk != null && trunk.checked(up, detail, clock.instant())) {
            events.publish(new TrunkEvent(
                    UUID.randomUUID().toString(),
                    up ? TrunkEvent.UP : TrunkEvent.DOWN,
                    trunk.tenantId(),
                    clock.instant(),
                    trunk.id(),
                    trunk.name(),
                    detail));
        }
    }
}

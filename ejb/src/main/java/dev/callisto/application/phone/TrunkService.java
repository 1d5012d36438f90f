package dev.callisto.application.phone;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.application.ivr.IvrFlows;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.phone.DialledNumber;
import dev.callisto.domain.phone.ServiceNumber;
import dev.callisto.domain.phone.Trunk;
import dev.callisto.domain.skillgroup.SkillGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The tenant's trunks and service numbers, as admins set them up; with each trunk's calls in progress. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TrunkService {

    /** What a trunk is to be; the service checks what only it can (names, numbers, routes). */
    public record TrunkSetup(
            String name,
            String host,
            int port,
            Trunk.Transport transport,
            String username,
            String secret,
            String callerId,
            int maxCalls) {}

    /** A trunk with its live figures. */
    public record TrunkStatus(Trunk trunk, long callsInProgress, String edge) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private IvrFlows flows;

    @Inject
    private PhoneNetwork network;

    public List<TrunkStatus> trunks() {
        return em.createQuery("select t from Trunk t where t.tenantId = :t order by t.name", Trunk.class)
                .setParameter("t", caller.tenantId())
                .getResultStream()
                .map(this::status)
                .toList();
    }

    public TrunkStatus trunk(long id) {
        return status(find(id));
    }

    @Audited("trunk.create")
    public TrunkStatus create(TrunkSetup setup) {
        if (!em.createQuery("select t from Trunk t where t.tenantId = :t and t.name = :n", Trunk.class)
                .setParameter("t", caller.tenantId())
                .setParameter("n", setup.name())
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("name", "trunk " + setup.name() + " already exists");
        }
        Trunk trunk = new Trunk(caller.tenantId(), setup.name());
        configure(trunk, setup);
        em.persist(trunk);
        return status(trunk);
    }

    @Audited("trunk.update")
    public TrunkStatus update(long id, TrunkSetup setup) {
        Trunk trunk = find(id);
        configure(trunk, setup);
        return status(trunk);
    }

    @Audited("trunk.delete")
    public void delete(long id) {
        Trunk trunk = find(id);
        if (!numbersOf(trunk).isEmpty()) {
            throw new ConflictException(
                    "id", "trunk " + trunk.name() + " still carries numbers; move or delete them first");
        }
        em.remove(trunk);
    }

    public List<ServiceNumber> numbers() {
        return em.createQuery(
                        "select n from ServiceNumber n where n.tenantId = :t order by n.number", ServiceNumber.class)
                .setParameter("t", caller.tenantId())
                .getResultList();
    }

    /** A number on one of the tenant's trunks, to an IVR flow or a skill group. Numbers are unique across tenants. */
    @Audited("number.create")
    public ServiceNumber addNumber(String number, long trunkId, String flow, Long skillGroupId) {
        DialledNumber dialled = DialledNumber.parse(number, "number");
        if (!em.createNamedQuery("ServiceNumber.byNumber", ServiceNumber.class)
                .setParameter("number", dialled.e164())
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("number", dialled.e164() + " is already a service number");
        }
        Trunk trunk = find(trunkId);
        if (flow != null && flows.list().stream().noneMatch(f -> f.name().equals(flow))) {
            throw new InvalidInputException("flow", "no IVR flow " + flow);
        }
        if (skillGroupId != null) {
            SkillGroup group = em.find(SkillGroup.class, skillGroupId);
            if (group == null || group.tenantId() != caller.tenantId()) {
                throw new InvalidInputException("skillGroupId", "no skill group " + skillGroupId);
            }
        }
        ServiceNumber n = new ServiceNumber(caller.tenantId(), dialled);
        n.route(trunk, flow, skillGroupId);
        em.persist(n);
        return n;
    }

    @Audited("number.delete")
    public void deleteNumber(long id) {
        ServiceNumber n = em.find(ServiceNumber.class, id);
        if (n == null || n.tenantId() != caller.tenantId()) {
            throw new NotFoundException("service number", id);
        }
        em.remove(n);
    }

    private void configure(Trunk trunk, TrunkSetup s) {
        trunk.configure(
                s.host(),
                s.port(),
                s.transport(),
                s.username(),
                s.secret(),
                s.callerId() == null ? null : DialledNumber.parse(s.callerId(), "callerId"),
                s.maxCalls());
    }

    private List<ServiceNumber> numbersOf(Trunk trunk) {
        return em.createQuery("select n from ServiceNumber n where n.trunkId = :id", ServiceNumber.class)
                .setParameter("id", trunk.id())
                .getResultList();
    }

    private Trunk find(long id) {
        Trunk trunk = em.find(Trunk.class, id);
        if (trunk == null || trunk.tenantId() != caller.tenantId()) {
            throw new NotFoundException("trunk", id);
        }
        return trunk;
    }

    private TrunkStatus status(Trunk trunk) {
        long calls = trunk.id() == null
                ? 0
                : em.createNamedQuery("TrunkCall.inProgress", Long.class)
                        .setParameter("trunkId", trunk.id())
                        .getSingleResult();
        return new TrunkStatus(trunk, calls, network.address());
    }
}

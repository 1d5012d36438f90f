package dev.callisto.application.ivr;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.ivr.FlowDiff;
import dev.callisto.domain.ivr.FlowEngine;
import dev.callisto.domain.ivr.IvrFlow;
import dev.callisto.domain.ivr.IvrFlowVersion;
import dev.callisto.domain.ivr.IvrInput;
import dev.callisto.domain.ivr.IvrState;
import dev.callisto.domain.ivr.IvrStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * IVR flows as admins manage them: save versions (import), read them (export), publish one
 * atomically after checking it against the tenant's data, roll back, compare, and dry-run.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class IvrFlows {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** One input of a dry run and what it led to. */
    public record DryTurn(String input, IvrStep step) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private IvrReferences references;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<IvrFlow> list() {
        return em.createQuery("select f from IvrFlow f where f.tenantId = :tenantId order by f.name", IvrFlow.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public IvrFlow flow(String name) {
        return em.createNamedQuery("IvrFlow.byName", IvrFlow.class)
                .setParameter("tenantId", caller.tenantId())
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("IVR flow", name));
    }

    /** Saves a new version of the flow (creating the flow on its first version). */
    @Audited("ivr.save")
    public IvrFlowVersion save(String name, String graphJson, String comment) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "name", "a flow name is lower-case letters, digits and -, starting with a letter");
        }
        IvrFlow flow = list().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseGet(() -> {
                    IvrFlow created = new IvrFlow(caller.tenantId(), name);
                    em.persist(created);
                    em.flush();
                    return created;
                });
        IvrFlowVersion version = new IvrFlowVersion(flow, graphJson, comment, caller.login(), clock.instant());
        em.persist(version);
        return version;
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<IvrFlowVersion> versions(String name) {
        return em.createQuery(
                        "select v from IvrFlowVersion v where v.flowId = :flowId order by v.number",
                        IvrFlowVersion.class)
                .setParameter("flowId", flow(name).id())
                .getResultList();
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public IvrFlowVersion version(String name, int number) {
        return em.createNamedQuery("IvrFlowVersion.find", IvrFlowVersion.class)
                .setParameter("flowId", flow(name).id())
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("version of " + name, number));
    }

    /** Makes a version live, if what it names exists in the tenant and its prompts are approved. */
    @Audited("ivr.publish")
    public IvrFlow publish(String name, int number) {
        IvrFlowVersion version = version(name, number);
        references.check(caller.tenantId(), version.parsed());
        IvrFlow flow = flow(name);
        flow.publish(number, clock.instant());
        return flow;
    }

    @Audited("ivr.rollback")
    public IvrFlow rollBack(String name) {
        IvrFlow flow = flow(name);
        flow.rollBack(clock.instant());
        return flow;
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public FlowDiff diff(String name, int from, int to) {
        return FlowDiff.between(version(name, from).graph(), version(name, to).graph());
    }

    /**
     * Runs a version (the live one when {@code number} is null) as if a caller pressed {@code
     * inputs} at {@code at}, without a call. Keys are single characters; longer inputs are digit
     * strings; "timeout" is silence.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<DryTurn> dryRun(
            String name,
            Integer number,
            Instant at,
            String caller,
            List<String> inputs,
            Map<String, String> lookups,
            boolean pinValid) {
        IvrFlow flow = flow(name);
        Integer chosen = number != null ? number : flow.published();
        if (chosen == null) {
            throw new InvalidInputException("version", name + " has no live version; name one");
        }
        FlowEngine engine = new FlowEngine(
                version(name, chosen).parsed(),
                new DryRunEnvironment(
                        references.hoursOf(this.caller.tenantId()),
                        at == null ? clock.instant() : at,
                        lookups == null ? Map.of() : lookups,
                        pinValid));
        IvrState state = IvrState.startingFor(caller == null ? "dry-run" : caller);
        List<DryTurn> turns = new ArrayList<>();
        IvrStep step = engine.advance(state, new IvrInput.Start());
        turns.add(new DryTurn("start", step));
        for (String input : inputs == null ? List.<String>of() : inputs) {
            if (!(step.outcome() instanceof IvrStep.Waiting waiting)) {
                break;
            }
            step = engine.advance(state, IvrCalls.input(input, waiting));
            turns.add(new DryTurn(input, step));
        }
        return turns;
    }
}

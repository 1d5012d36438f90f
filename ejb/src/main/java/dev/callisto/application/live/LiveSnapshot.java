package dev.callisto.application.live;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallDirection;
import dev.callisto.domain.call.CallLeg;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.LegQuality;
import dev.callisto.domain.call.LegRole;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.skillgroup.SkillGroupMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the monitoring page and the wallboard show at a glance, read from the database in one go:
 * the tenant's counters (calls by phase, agents by state and break reason, supervisors on calls),
 * the same per skill group (the counters' breakdown), and the signed-in agents with their call.
 * The pages read it again whenever the live feed says something changed.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class LiveSnapshot {

    /**
     * A signed-in agent as the monitoring list shows them; {@code mos} is the lower of the latest
     * estimated MOS of the customer's leg and the agent's own on the agent's call (null: not reported).
     */
    public record AgentRow(
            long id,
            String login,
            String name,
            String state,
            String breakReason,
            Instant since,
            Long callId,
            Double mos) {}

    public record Snapshot(Map<String, Long> counters, Map<String, Map<String, Long>> byGroup, List<AgentRow> agents) {}

    /** The call counters, in the order the pages show them. */
    public static final List<String> CALL_COUNTERS = List.of(
            "callsInProgress",
            "inIvr",
            "queued",
            "ringing",
            "talking",
            "onHold",
            "consulting",
            "outboundDialing",
            "outboundTalking",
            "outboundHold",
            "listening",
            "barging");

    private static final Set<CallStatus> CONNECTED =
            Set.of(CallStatus.TALKING, CallStatus.CONFERENCE, CallStatus.VERIFYING, CallStatus.SURVEY);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Snapshot now() {
        long tenant = caller.tenantId();
        List<Call> calls = em.createQuery(
                        "select c from Call c where c.tenantId = :t and c.status <> :ended", Call.class)
                .setParameter("t", tenant)
                .setParameter("ended", CallStatus.ENDED)
                .getResultList();
        List<Agent> agents = em.createQuery(
                        "select a from Agent a where a.tenantId = :t and a.state <> :out order by a.login", Agent.class)
                .setParameter("t", tenant)
                .setParameter("out", AgentState.SIGNED_OUT)
                .getResultList();
        Map<String, Long> counters = count(calls, agents);
        // One read of the tenant's memberships, not one per group: this runs on every live event.
        Map<Long, Set<Long>> membersByGroup = em.createQuery(
                        "select m from SkillGroupMember m where m.tenantId = :t", SkillGroupMember.class)
                .setParameter("t", tenant)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        SkillGroupMember::skillGroupId,
                        Collectors.mapping(SkillGroupMember::agentId, Collectors.toSet())));
        Map<String, Map<String, Long>> byGroup = new TreeMap<>();
        for (SkillGroup g : em.createQuery("select g from SkillGroup g where g.tenantId = :t", SkillGroup.class)
                .setParameter("t", tenant)
                .getResultList()) {
            Set<Long> members = membersByGroup.getOrDefault(g.id(), Set.of());
            byGroup.put(
                    g.name(),
                    count(
                            calls.stream()
                                    .filter(c -> g.id().equals(c.skillGroupId()))
                                    .toList(),
                            agents.stream()
                                    .filter(a -> members.contains(a.id()))
                                    .toList()));
        }
        Map<Long, List<LegQuality>> quality = calls.isEmpty()
                ? Map.of()
                : em.createNamedQuery("LegQuality.ofCalls", LegQuality.class)
                        .setParameter("callIds", calls.stream().map(Call::id).toList())
                        .getResultStream()
                        .collect(Collectors.groupingBy(LegQuality::callId));
        List<AgentRow> rows = new ArrayList<>();
        for (Agent a : agents) {
            Long callId = calls.stream()
                    .filter(c -> a.id().equals(c.agentId()) || a.id().equals(c.consultAgentId()))
                    .map(Call::id)
                    .findFirst()
                    .orElse(null);
            Double mos = callId == null
                    ? null
                    : quality.getOrDefault(callId, List.of()).stream()
                            .filter(q -> q.role() == LegRole.CUSTOMER || a.id().equals(q.agentId()))
                            .map(LegQuality::mos)
                            .min(Double::compare)
                            .orElse(null);
            rows.add(new AgentRow(
                    a.id(),
                    a.login(),
                    a.profile().displayName(),
                    a.state().name(),
                    a.breakReason(),
                    a.stateSince(),
                    callId,
                    mos));
        }
        return new Snapshot(counters, byGroup, rows);
    }

    private static Map<String, Long> count(List<Call> calls, List<Agent> agents) {
        Map<String, Long> n = new TreeMap<>();
        Predicate<Call> inbound = c -> c.direction() == CallDirection.INBOUND;
        n.put("callsInProgress", (long) calls.size());
        n.put("queued", count(calls, c -> c.status() == CallStatus.QUEUED));
        n.put("inIvr", count(calls, c -> c.status() == CallStatus.IVR));
        n.put("ringing", count(calls, c -> c.status() == CallStatus.RINGING));
        n.put("talking", count(calls, c -> inbound.test(c) && CONNECTED.contains(c.status())));
        n.put("onHold", count(calls, c -> inbound.test(c) && c.status() == CallStatus.HOLD));
        n.put("consulting", count(calls, c -> c.status() == CallStatus.CONSULTING));
        n.put("outboundDialing", count(calls, c -> c.status() == CallStatus.DIALING));
        n.put("outboundTalking", count(calls, c -> !inbound.test(c) && CONNECTED.contains(c.status())));
        n.put("outboundHold", count(calls, c -> !inbound.test(c) && c.status() == CallStatus.HOLD));
        n.put("listening", supervisors(calls, "SUPERVISOR_LISTEN") + supervisors(calls, "SUPERVISOR_WHISPER"));
        n.put("barging", supervisors(calls, "SUPERVISOR_BARGE"));
        n.put("agentsOnline", (long) agents.size());
        for (AgentState s : AgentState.values()) {
            if (s != AgentState.SIGNED_OUT) {
                n.put(
                        "state." + s.name(),
                        agents.stream().filter(a -> a.state() == s).count());
            }
        }
        agents.stream()
                .filter(a -> a.state() == AgentState.BREAK && a.breakReason() != null)
                .forEach(a -> n.merge("break." + a.breakReason(), 1L, Long::sum));
        return n;
    }

    private static long count(List<Call> calls, Predicate<Call> test) {
        return calls.stream().filter(test).count();
    }

    private static long supervisors(List<Call> calls, String role) {
        return calls.stream()
                .flatMap(c -> c.legs().stream())
                .filter(CallLeg::isActive)
                .filter(l -> l.role().name().equals(role))
                .count();
    }
}

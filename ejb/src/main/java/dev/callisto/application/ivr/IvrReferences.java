package dev.callisto.application.ivr;

import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.ivr.BusinessHours;
import dev.callisto.domain.ivr.FlowGraph;
import dev.callisto.domain.ivr.FlowNode;
import dev.callisto.domain.ivr.Schedule;
import dev.callisto.domain.skillgroup.SkillGroup;
import dev.callisto.domain.ticket.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks what a flow names against the tenant's data before it goes live: skill groups, agents,
 * ticket types and schedules must exist in the tenant, and every prompt must be standard,
 * text-to-speech, or an approved upload.
 */
@ApplicationScoped
public class IvrReferences {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PromptLibrary prompts;

    public void check(long tenantId, FlowGraph graph) {
        for (FlowNode node : graph.nodes().values()) {
            String at = "nodes." + node.id();
            if (node instanceof FlowNode.QueueTo q) {
                require(
                        belongs(em.find(SkillGroup.class, q.skillGroupId()), tenantId, SkillGroup::tenantId),
                        at + ".skillGroupId",
                        "no skill group " + q.skillGroupId());
            } else if (node instanceof FlowNode.TransferToAgent a) {
                require(
                        belongs(em.find(Agent.class, a.agentId()), tenantId, Agent::tenantId),
                        at + ".agentId",
                        "no agent " + a.agentId());
            } else if (node instanceof FlowNode.LeaveMessage m) {
                require(
                        belongs(em.find(TicketType.class, m.ticketTypeId()), tenantId, TicketType::tenantId),
                        at + ".ticketTypeId",
                        "no ticket type " + m.ticketTypeId());
            } else if (node instanceof FlowNode.TimeCondition t) {
                require(schedule(tenantId, t.schedule()).isPresent(), at + ".schedule", "no schedule " + t.schedule());
            }
            for (String prompt : node.prompts()) {
                require(prompts.isUsable(tenantId, prompt), at + ".prompt", "prompt " + prompt + " is not approved");
            }
        }
    }

    /** The tenant's business hours by schedule name, for a running flow (publishing checked they exist). */
    public Function<String, BusinessHours> hoursOf(long tenantId) {
        return name -> schedule(tenantId, name)
                .orElseThrow(
                        () -> new IllegalStateException("schedule " + name + " of tenant " + tenantId + " is gone"))
                .businessHours();
    }

    public Optional<Schedule> schedule(long tenantId, String name) {
        return em.createQuery(
                        "select s from Schedule s where s.tenantId = :tenantId and s.name = :name", Schedule.class)
                .setParameter("tenantId", tenantId)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    private static <T> boolean belongs(T found, long tenantId, java.util.function.ToLongFunction<T> tenantOf) {
        return found != null && tenantOf.applyAsLong(found) == tenantId;
    }

    private static void require(boolean ok, String field, String problem) {
        if (!ok) {
            throw new InvalidInputException(field, problem);
        }
    }
}

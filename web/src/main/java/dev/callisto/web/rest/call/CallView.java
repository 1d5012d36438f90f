package dev.callisto.web.rest.call;

import dev.callisto.application.call.CallHistory;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallLeg;
import dev.callisto.domain.call.CallStep;
import java.time.Instant;
import java.util.List;

/**
 * A call with its legs and its steps so far; {@code location} is where a phone caller's number
 * is and its network (e.g. 北京市 中国移动), for the screen pop, as found when the call came in.
 */
public record CallView(
        long id,
        String direction,
        String channel,
        String customer,
        String location,
        String status,
        Long skillGroupId,
        Long contactId,
        Long agentId,
        Long consultAgentId,
        Long originalCallId,
        Instant arrivedAt,
        Instant answeredAt,
        Instant endedAt,
        String result,
        Integer satisfaction,
        Boolean verified,
        List<String> ivrKeys,
        List<LegView> legs,
        List<StepView> steps) {

    public record LegView(
            String role, Long agentId, String login, Instant joinedAt, Instant leftAt, boolean held, boolean muted) {
        static LegView of(CallLeg l) {
            return new LegView(l.role().name(), l.agentId(), l.login(), l.joinedAt(), l.leftAt(), l.held(), l.muted());
        }
    }

    public record StepView(String type, Instant at, Long agentId, String detail) {
        static StepView of(CallStep s) {
            return new StepView(s.type(), s.at(), s.agentId(), s.detail());
        }
    }

    static CallView of(CallHistory history) {
        Call c = history.call();
        List<CallStep> steps = history.steps();
        return new CallView(
                c.id(),
                c.direction().name(),
                c.channel().name(),
                c.customer(),
                c.location(),
                c.status().name(),
                c.skillGroupId(),
                c.contactId(),
                c.agentId(),
                c.consultAgentId(),
                c.originalCallId(),
                c.arrivedAt(),
                c.answeredAt(),
                c.endedAt(),
                c.result() == null ? null : c.result().name(),
                c.satisfaction(),
                c.verification(),
                steps.stream()
                        .filter(s -> s.type().equals("ivr-key"))
                        .map(CallStep::detail)
                        .toList(),
                c.legs().stream().map(LegView::of).toList(),
                steps.stream().map(StepView::of).toList());
    }
}

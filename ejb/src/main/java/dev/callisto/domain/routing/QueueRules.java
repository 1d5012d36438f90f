package dev.callisto.domain.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How one skill group's queue routes and when it gives up.
 *
 * @param ringSeconds how long an offer rings before it goes to the next agent
 * @param missGoesBusy whether an agent who lets an offer ring out is set to busy (else stays idle)
 * @param levelStepSeconds for {@link Strategy#SKILL_LEVEL}: each step of waiting admits one level lower
 * @param lastAgentSeconds how long a returning customer waits for the agent who served them last (0: off)
 * @param maxWaitSeconds waiting longer overflows (0: never)
 * @param maxWaiting a contact arriving when this many wait overflows at once (0: no limit)
 * @param overflowTargetGroupId the group {@link OverflowAction#SKILL_GROUP} moves contacts to
 */
@Embeddable
public record QueueRules(
        @Enumerated(EnumType.STRING) @Column(length = 20) Strategy strategy,
        int ringSeconds,
        boolean missGoesBusy,
        int levelStepSeconds,
        int lastAgentSeconds,
        int maxWaitSeconds,
        int maxWaiting,
        @Enumerated(EnumType.STRING) @Column(length = 20) OverflowAction overflowAction,
        Long overflowTargetGroupId) {

    public static final QueueRules DEFAULT =
            new QueueRules(Strategy.LONGEST_IDLE, 20, true, 30, 0, 0, 0, OverflowAction.HANGUP, null);

    /** Contacts waiting longer than this may be offered to agents of {@code level} or better. */
    int lowestLevelAfter(long waitedMillis, int bestLevel) {
        if (strategy != Strategy.SKILL_LEVEL || levelStepSeconds <= 0) {
            return 0;
        }
        return bestLevel - (int) (waitedMillis / (levelStepSeconds * 1000L));
    }
}

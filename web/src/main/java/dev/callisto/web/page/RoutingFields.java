package dev.callisto.web.page;

import dev.callisto.domain.routing.OverflowAction;
import dev.callisto.domain.routing.QueueRules;
import dev.callisto.domain.routing.Strategy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** The routing settings form of one skill group, with the same limits as the API's. */
public class RoutingFields implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Strategy strategy;

    @NotNull
    @Min(1)
    @Max(600)
    private Integer ringSeconds;

    private boolean missGoesBusy;

    @Min(0)
    @Max(3600)
    private int levelStepSeconds;

    @Min(0)
    @Max(86400)
    private int lastAgentSeconds;

    @Min(0)
    @Max(86400)
    private int maxWaitSeconds;

    @Min(0)
    @Max(100000)
    private int maxWaiting;

    @NotNull
    private OverflowAction overflowAction;

    private Long overflowTargetGroupId;

    static RoutingFields of(QueueRules rules) {
        RoutingFields f = new RoutingFields();
        f.strategy = rules.strategy();
        f.ringSeconds = rules.ringSeconds();
        f.missGoesBusy = rules.missGoesBusy();
        f.levelStepSeconds = rules.levelStepSeconds();
        f.lastAgentSeconds = rules.lastAgentSeconds();
        f.maxWaitSeconds = rules.maxWaitSeconds();
        f.maxWaiting = rules.maxWaiting();
        f.overflowAction = rules.overflowAction();
        f.overflowTargetGroupId = rules.overflowTargetGroupId();
        return f;
    }

    QueueRules rules() {
        return new QueueRules(
                strategy,
                ringSeconds,
                missGoesBusy,
                levelStepSeconds,
                lastAgentSeconds,
                maxWaitSeconds,
                maxWaiting,
                overflowAction,
                overflowAction == OverflowAction.SKILL_GROUP ? overflowTargetGroupId : null);
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public void setStrategy(Strategy strategy) {
        this.strategy = strategy;
    }

    public Integer getRingSeconds() {
        return ringSeconds;
    }

    public void setRingSeconds(Integer ringSeconds) {
        this.ringSeconds = ringSeconds;
    }

    public boolean isMissGoesBusy() {
        return missGoesBusy;
    }

    public void setMissGoesBusy(boolean missGoesBusy) {
        this.missGoesBusy = missGoesBusy;
    }

    public int getLevelStepSeconds() {
        return levelStepSeconds;
    }

    public void setLevelStepSeconds(int levelStepSeconds) {
        this.levelStepSeconds = levelStepSeconds;
    }

    public int getLastAgentSeconds() {
        return lastAgentSeconds;
    }

    public void setLastAgentSeconds(int lastAgentSeconds) {
        this.lastAgentSeconds = lastAgentSeconds;
    }

    public int getMaxWaitSeconds() {
        return maxWaitSeconds;
    }

    public void setMaxWaitSeconds(int maxWaitSeconds) {
        this.maxWaitSeconds = maxWaitSeconds;
    }

    public int getMaxWaiting() {
        return maxWaiting;
    }

    public void setMaxWaiting(int maxWaiting) {
        this.maxWaiting = maxWaiting;
    }

    public OverflowAction getOverflowAction() {
        return overflowAction;
    }

    public void setOverflowAction(OverflowAction overflowAction) {
        this.overflowAction = overflowAction;
    }

    public Long getOverflowTargetGroupId() {
        return overflowTargetGroupId;
    }

    public void setOverflowTargetGroupId(Long overflowTargetGroupId) {
        this.overflowTargetGroupId = overflowTargetGroupId;
    }
}

package dev.callisto.domain.ivr;

import dev.callisto.domain.ivr.FlowNode.MenuOption;
import java.util.List;

/** What a caller's input led to: the prompts to play, the nodes passed, and where the caller is now. */
public record IvrStep(List<String> prompts, List<String> visited, Outcome outcome) {

    /** The caller waits in a node, or leaves the IVR for somewhere else. */
    public sealed interface Outcome {}

    /** Waiting for a key (menu) or digits ended by # (collect, verify); menus offer their options as buttons too. */
    public record Waiting(String node, boolean digits, boolean secret, List<MenuOption> options, int timeoutSeconds)
            implements Outcome {}

    public record Queue(long skillGroupId, int priority) implements Outcome {}

    public record ToAgent(long agentId) implements Outcome {}

    public record ToNumber(String number) implements Outcome {}

    public record ToSurvey() implements Outcome {}

    public record LeaveMessage(long ticketTypeId) implements Outcome {}

    /** {@code result} is what the call record should say (OFF_HOURS, ...), or null for a plain end. */
    public record HangUp(String result) implements Outcome {}
}

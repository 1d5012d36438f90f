package dev.callisto.domain.ivr;

import dev.callisto.domain.ivr.FlowNode.CollectDigits;
import dev.callisto.domain.ivr.FlowNode.Menu;
import dev.callisto.domain.ivr.FlowNode.MenuOption;
import dev.callisto.domain.ivr.FlowNode.Verify;
import dev.callisto.domain.ivr.IvrStep.Outcome;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a caller through a flow: from their input, node by node, until the flow waits for them
 * again or hands them on. Pure (the world is the {@link IvrEnvironment}), so a live call and a dry
 * run take exactly the same path.
 */
public final class FlowEngine {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A flow that loops without waiting for the caller is cut off after this many nodes. */
    static final int MAX_NODES_PER_STEP = 200;

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private final FlowGraph graph;
    private final IvrEnvironment env;

    public FlowEngine(FlowGraph graph, IvrEnvironment env) {
        this.graph = graph;
        this.env = env;
    }

    public IvrStep advance(IvrState state, IvrInput input) {
        Turn turn = new Turn();
        String next;
        if (input instanceof IvrInput.Start) {
            next = graph.start();
        } else if (input instanceof IvrInput.Key k) {
            next = answer(state, k.key(), turn);
        } else if (input instanceof IvrInput.Digits d) {
            next = answer(state, d.digits(), turn);
        } else {
            next = retry(state, false, turn);
        }
        if (next == null) {
            return turn.step(turn.giveUp ? null : waiting(state));
        }
        for (int n = 0; n < MAX_NODES_PER_STEP; n++) {
            state.at(next);
            turn.visited.add(next);
            Object result = enter(graph.node(next), state, turn);
            if (result instanceof Outcome outcome) {
                return turn.step(outcome);
            }
            next = (String) result;
        }
        return turn.step(new IvrStep.HangUp("FAILED"));
    }

    /** The caller is in {@code state.node()}, which waits; this is what it waits for. */
    public IvrStep.Waiting waiting(IvrState state) {
        FlowNode node = graph.node(state.node());
        if (node instanceof Menu m) {
            return new IvrStep.Waiting(m.id(), false, false, m.options(), m.timeoutSeconds());
        }
        if (node instanceof CollectDigits c) {
            return new IvrStep.Waiting(c.id(), true, false, List.of(), c.timeoutSeconds());
        }
        if (node instanceof Verify v) {
            return new IvrStep.Waiting(v.id(), true, true, List.of(), 30);
        }
        throw new IllegalStateException(node.id() + " does not wait for the caller");
    }

    /** Runs one node: the id of the next node, or where the caller ends up. */
    private Object enter(FlowNode node, IvrState state, Turn turn) {
        turn.prompts.addAll(
                node.prompts().stream().filter(p -> !p.equals("invalid-key")).toList());
        if (node instanceof Menu || node instanceof CollectDigits || node instanceof Verify) {
            return waiting(state);
        }
        if (node instanceof FlowNode.PlayPrompt p) {
            return p.next();
        }
        if (node instanceof FlowNode.TimeCondition t) {
            BusinessHours.Status status = env.hours(t.schedule());
            return status == BusinessHours.Status.OPEN
                    ? t.open()
                    : status == BusinessHours.Status.HOLIDAY && t.holiday() != null ? t.holiday() : t.closed();
        }
        if (node instanceof FlowNode.SetVariable s) {
            state.set(s.variable(), expand(s.value(), state, false));
            return s.next();
        }
        if (node instanceof FlowNode.HttpLookup h) {
            return lookup(h, state);
        }
        return handOver(node);
    }

    /** The nodes that take the caller out of the IVR. */
    private static Outcome handOver(FlowNode node) {
        if (node instanceof FlowNode.QueueTo q) {
            return new IvrStep.Queue(q.skillGroupId(), q.priority());
        }
        if (node instanceof FlowNode.TransferToAgent a) {
            return new IvrStep.ToAgent(a.agentId());
        }
        if (node instanceof FlowNode.TransferToNumber n) {
            return new IvrStep.ToNumber(n.number());
        }
        if (node instanceof FlowNode.Survey) {
            return new IvrStep.ToSurvey();
        }
        if (node instanceof FlowNode.LeaveMessage m) {
            return new IvrStep.LeaveMessage(m.ticketTypeId());
        }
        return new IvrStep.HangUp(((FlowNode.HangUp) node).result());
    }

    /** Input for the waiting node: the next node, or null to keep waiting there. */
    private String answer(IvrState state, String input, Turn turn) {
        FlowNode node = graph.node(state.node());
        if (node instanceof Menu m) {
            String key = input.trim();
            Optional<MenuOption> option =
                    m.options().stream().filter(o -> o.key().equals(key)).findFirst();
            state.pressed(key);
            return option.isPresent() ? option.get().next() : retry(state, true, turn);
        }
        if (node instanceof CollectDigits c) {
            String value = input.trim().replaceAll("#$", "");
            state.pressed(value + "#");
            if (!value.matches("[0-9]{" + c.minDigits() + "," + c.maxDigits() + "}")) {
                return retry(state, true, turn);
            }
            state.set(c.variable(), value);
            return c.next();
        }
        if (node instanceof Verify v) {
            state.pressed("PIN"); // the PIN itself never enters the trajectory
            return env.verify(input.trim().replaceAll("#$", "")) ? v.passed() : v.failed();
        }
        throw new IllegalStateException(node.id() + " is not waiting for input");
    }

    /** A wrong answer or silence: the node again while tries remain, then its failure exit. */
    private String retry(IvrState state, boolean invalid, Turn turn) {
        FlowNode node = graph.node(state.node());
        int allowed = node instanceof Menu m ? m.retries() : node instanceof CollectDigits c ? c.retries() : 0;
        String onFail = node instanceof Menu m ? m.onFail() : node instanceof CollectDigits c ? c.onFail() : null;
        if (invalid) {
            turn.prompts.add("invalid-key");
        }
        if (state.retries() >= allowed) {
            return onFail != null ? onFail : hangUpNode(turn);
        }
        state.retried();
        turn.prompts.add(node.prompts().get(0));
        return null;
    }

    /** Out of tries with nowhere to go: the turn ends the call. */
    private String hangUpNode(Turn turn) {
        turn.giveUp = true;
        return null;
    }

    private String lookup(FlowNode.HttpLookup h, IvrState state) {
        Optional<String> answer = env.lookup(h.id(), expand(h.url(), state, true), h.timeoutMillis());
        if (answer.isEmpty()) {
            return h.onError();
        }
        try {
            JsonObject json = JSON.createReader(new StringReader(answer.get())).readObject();
            JsonValue value = json.get(h.field());
            String text = value == null ? null : value instanceof JsonString s ? s.getString() : value.toString();
            if (text != null) {
                state.set(h.field(), text);
            }
            return text != null && h.branches().containsKey(text) ? h.branches().get(text) : h.fallback();
        } catch (RuntimeException notJson) {
            return h.onError();
        }
    }

    /** Replaces ${name} with call variables (URL-encoded in URLs). */
    private static String expand(String template, IvrState state, boolean url) {
        Map<String, String> vars = state.variables();
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars.getOrDefault(m.group(1), "");
            m.appendReplacement(
                    out, Matcher.quoteReplacement(url ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value));
        }
        return m.appendTail(out).toString();
    }

    /** What one call of {@link #advance} gathers. */
    private static final class Turn {
        final List<String> prompts = new ArrayList<>();
        final List<String> visited = new ArrayList<>();
        boolean giveUp;

        IvrStep step(Outcome outcome) {
            return new IvrStep(
                    List.copyOf(prompts), List.copyOf(visited), giveUp ? new IvrStep.HangUp("NO_INPUT") : outcome);
        }
    }
}

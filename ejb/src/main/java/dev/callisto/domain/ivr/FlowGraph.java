package dev.callisto.domain.ivr;

import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.ivr.FlowNode.MenuOption;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An IVR flow as data: a start node and nodes by id, read from the JSON that flows are stored,
 * imported and exported as. Parsing refuses what could not run: unknown node types, missing
 * settings, edges to nodes that do not exist, and nodes nothing leads to. Errors name the node
 * and setting ({@code nodes.menu1.options}).
 */
public record FlowGraph(String start, Map<String, FlowNode> nodes) {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    private static final Pattern KEY = Pattern.compile("[0-9*#]");

    public FlowNode node(String id) {
        FlowNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("no node " + id);
        }
        return node;
    }

    /** Every prompt the flow plays, for the check that they are approved. */
    public Set<String> prompts() {
        Set<String> prompts = new LinkedHashSet<>();
        nodes.values().forEach(n -> prompts.addAll(n.prompts()));
        return prompts;
    }

    public static FlowGraph parse(String json) {
        JsonObject root;
        try {
            root = JSON.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("flow", "a flow is a JSON object with start and nodes");
        }
        JsonArray array = root.getJsonArray("nodes");
        if (array == null || array.isEmpty()) {
            throw new InvalidInputException("nodes", "a flow needs at least one node");
        }
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("nodes", "each node is a JSON object");
            }
            FlowNode node = node(value.asJsonObject());
            if (nodes.put(node.id(), node) != null) {
                throw new InvalidInputException("nodes." + node.id(), "node id " + node.id() + " is used twice");
            }
        }
        String start = root.getString("start", null);
        if (start == null || !nodes.containsKey(start)) {
            throw new InvalidInputException("start", "start must name one of the nodes");
        }
        FlowGraph graph = new FlowGraph(start, nodes);
        graph.checkEdges();
        graph.checkReachable();
        return graph;
    }

    private void checkEdges() {
        for (FlowNode node : nodes.values()) {
            for (String exit : node.exits()) {
                if (!nodes.containsKey(exit)) {
                    throw new InvalidInputException(
                            "nodes." + node.id(), node.id() + " leads to " + exit + ", which is not a node");
                }
            }
        }
    }

    private void checkReachable() {
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (String exit : nodes.get(todo.pop()).exits()) {
                if (seen.add(exit)) {
                    todo.push(exit);
                }
            }
        }
        for (String id : nodes.keySet()) {
            if (!seen.contains(id)) {
                throw new InvalidInputException("nodes." + id, id + " cannot be reached from " + start);
            }
        }
    }

    private static FlowNode node(JsonObject o) {
        String id = o.getString("id", "");
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(
                    "nodes", "a node id is a letter then letters, digits, - or _: '" + id + "'");
        }
        Settings s = new Settings(id, o);
        return switch (s.text("type")) {
            case "prompt" -> new FlowNode.PlayPrompt(id, s.text("prompt"), s.text("next"));
            case "menu" ->
                new FlowNode.Menu(
                        id,
                        s.text("prompt"),
                        options(s, o),
                        s.number("timeoutSeconds", 5),
                        s.number("retries", 2),
                        s.optional("onFail"));
            case "collect" ->
                new FlowNode.CollectDigits(
                        id,
                        s.text("prompt"),
                        s.text("variable"),
                        s.number("minDigits", 1),
                        s.number("maxDigits", 20),
                        s.number("timeoutSeconds", 10),
                        s.number("retries", 2),
                        s.text("next"),
                        s.optional("onFail"));
            case "time" ->
                new FlowNode.TimeCondition(
                        id, s.text("schedule"), s.text("open"), s.text("closed"), s.optional("holiday"));
            case "queue" -> new FlowNode.QueueTo(id, s.number("skillGroupId", -1), s.number("priority", 0));
            case "agent" -> new FlowNode.TransferToAgent(id, s.number("agentId", -1));
            case "number" -> new FlowNode.TransferToNumber(id, s.text("number"));
            case "survey" -> new FlowNode.Survey(id);
            case "verify" -> new FlowNode.Verify(id, s.text("prompt"), s.text("passed"), s.text("failed"));
            case "message" -> new FlowNode.LeaveMessage(id, s.text("prompt"), s.number("ticketTypeId", -1));
            case "http" ->
                new FlowNode.HttpLookup(
                        id,
                        s.text("url"),
                        s.number("timeoutMillis", 2000),
                        s.text("field"),
                        branches(s, o),
                        s.text("default"),
                        s.text("onError"));
            case "set" -> new FlowNode.SetVariable(id, s.text("variable"), s.text("value"), s.text("next"));
            case "hangup" -> new FlowNode.HangUp(id, s.optional("prompt"), s.optional("result"));
            default ->
                throw new InvalidInputException(
                        "nodes." + id + ".type",
                        "type must be prompt, menu, collect, time, queue, agent, number, survey, verify, message, http, set"
                                + " or hangup");
        };
    }

    private static List<MenuOption> options(Settings s, JsonObject o) {
        JsonArray options = o.getJsonArray("options");
        if (options == null || options.isEmpty()) {
            throw s.invalid(
                    "options", "a menu needs options: [{\"key\":\"1\",\"label\":\"Sales\",\"next\":\"sales\"}]");
        }
        Set<String> keys = new LinkedHashSet<>();
        List<MenuOption> result = options.getValuesAs(JsonObject.class).stream()
                .map(opt ->
                        new MenuOption(opt.getString("key", ""), opt.getString("label", ""), opt.getString("next", "")))
                .toList();
        for (MenuOption option : result) {
            if (!KEY.matcher(option.key()).matches() || !keys.add(option.key())) {
                throw s.invalid("options", "each option has its own key, one of 0-9 * #: '" + option.key() + "'");
            }
        }
        return result;
    }

    private static Map<String, String> branches(Settings s, JsonObject o) {
        JsonObject branches = o.getJsonObject("branches");
        Map<String, String> result = new LinkedHashMap<>();
        if (branches != null) {
            branches.forEach((value, target) -> {
                if (target.getValueType() != JsonValue.ValueType.STRING) {
                    throw s.invalid("branches", "each branch names a node");
                }
                result.put(value, ((jakarta.json.JsonString) target).getString());
            });
        }
        return result;
    }

    /** Reads one node's settings, naming the node and setting in every error. */
    private record Settings(String id, JsonObject o) {
        String text(String name) {
            String value = optional(name);
            if (value == null || value.isBlank()) {
                throw invalid(name, "is required");
            }
            return value;
        }

        String optional(String name) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw invalid(name, "must be a string");
            }
            return ((jakarta.json.JsonString) value).getString();
        }

        int number(String name, int fallback) {
            JsonValue value = o.get(name);
            if (value == null) {
                if (fallback < 0) {
                    throw invalid(name, "is required");
                }
                return fallback;
            }
            if (value.getValueType() != JsonValue.ValueType.NUMBER || !((jakarta.json.JsonNumber) value).isIntegral()) {
                throw invalid(name, "must be a whole number");
            }
            int n = ((jakarta.json.JsonNumber) value).intValue();
            if (n < 0) {
                throw invalid(name, "must not be negative");
            }
            return n;
        }

        InvalidInputException invalid(String name, String problem) {
            return new InvalidInputException("nodes." + id + "." + name, id + ": " + name + " " + problem);
        }
    }
}

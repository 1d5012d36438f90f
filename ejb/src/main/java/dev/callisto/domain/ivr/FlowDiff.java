package dev.callisto.domain.ivr;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed between two versions of a flow, node by node. */
public record FlowDiff(boolean startChanged, List<String> added, List<String> removed, List<String> changed) {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    public static FlowDiff between(String olderJson, String newerJson) {
        JsonObject older = read(olderJson);
        JsonObject newer = read(newerJson);
        Map<String, JsonObject> before = nodes(older);
        Map<String, JsonObject> after = nodes(newer);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.forEach((id, node) -> {
            if (!before.containsKey(id)) {
                added.add(id);
            } else if (!before.get(id).equals(node)) {
                changed.add(id);
            }
        });
        List<String> removed =
                before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        return new FlowDiff(
                !older.getString("start", "").equals(newer.getString("start", "")), added, removed, changed);
    }

    private static JsonObject read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Map<String, JsonObject> nodes(JsonObject flow) {
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        for (JsonValue node : flow.getJsonArray("nodes")) {
            nodes.put(node.asJsonObject().getString("id"), node.asJsonObject());
        }
        return nodes;
    }
}

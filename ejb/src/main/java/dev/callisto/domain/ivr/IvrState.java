package dev.callisto.domain.ivr;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one caller is in a flow: the node, the tries used there, the call variables, and the keys
 * pressed and nodes visited so far (按键轨迹). Stored with the call's IVR visit, so a caller
 * survives a restart mid-menu.
 */
@Embeddable
public class IvrState {

    @Column(length = 40)
    private String node;

    private int retries;

    /** name=value lines. */
    @Column(length = 4000)
    private String variables = "";

    @Column(length = 1000)
    private String keys = "";

    @Column(length = 2000)
    private String path = "";

    protected IvrState() {}

    public static IvrState startingFor(String caller) {
        IvrState state = new IvrState();
        state.set("caller", caller);
        return state;
    }

    public String node() {
        return node;
    }

    void at(String nodeId) {
        node = nodeId;
        retries = 0;
        path = path.isEmpty() ? nodeId : clip(path + ">" + nodeId, 2000);
    }

    int retries() {
        return retries;
    }

    void retried() {
        retries++;
    }

    void pressed(String key) {
        keys = clip(keys.isEmpty() ? key : keys + "," + key, 1000);
    }

    public List<String> keys() {
        return keys.isEmpty() ? List.of() : Arrays.asList(keys.split(","));
    }

    public List<String> path() {
        return path.isEmpty() ? List.of() : Arrays.asList(path.split(">"));
    }

    public Map<String, String> variables() {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String line : variables.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                vars.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return vars;
    }

    void set(String name, String value) {
        Map<String, String> vars = variables();
        vars.put(name, value.replace('\n', ' '));
        List<String> lines = new ArrayList<>();
        vars.forEach((k, v) -> lines.add(k + "=" + v));
        variables = clip(String.join("\n", lines), 4000);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}

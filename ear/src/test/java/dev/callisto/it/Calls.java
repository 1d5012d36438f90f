package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Test helpers for driving calls through the API the way agents, supervisors and customers do. */
final class Calls {

    final Api api = new Api();
    private final List<Long> groups = new java.util.ArrayList<>();
    private final List<Long> calls = new java.util.ArrayList<>();

    long group(int ringSeconds, int afterCallWorkSeconds, String... agents) {
        Reply created = api.post(
                "admin",
                "/skill-groups",
                "{\"name\":\"calls-" + UUID.randomUUID() + "\",\"afterCallWorkSeconds\":" + afterCallWorkSeconds + "}");
        long id = created.json().getJsonNumber("id").longValue();
        api.put(
                "admin",
                "/skill-groups/" + id + "/routing",
                "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":" + ringSeconds + "}");
        for (String login : agents) {
            api.put("admin", "/skill-groups/" + id + "/members/" + id(login), "{\"level\":3}");
        }
        return id;
    }

    long id(String login) {
        return api.agentId("admin", login);
    }

    void state(String login, String state) {
        api.put(login, "/agents/" + id(login) + "/state", "{\"state\":\"" + state + "\"}");
    }

    String stateOf(String login) {
        return api.get("admin", "/agents/" + id(login)).json().getString("state");
    }

    JsonObject arrive(long group, String customer) {
        Reply r = api.post(
                "admin",
                "/calls",
                "{\"channel\":\"WEB\",\"customer\":\"" + customer + "\",\"skillGroupId\":" + group + "}");
        assertEquals(201, r.status(), r.body());
        calls.add(id(r.json()));
        return r.json();
    }

    JsonObject call(long id) {
        return api.get("admin", "/calls/" + id).json();
    }

    /** An agent's (or supervisor's) command on a call; fails the test unless it is accepted. */
    JsonObject act(String user, long callId, String command, String body) {
        Reply r = api.post(user, "/calls/" + callId + "/" + command, body);
        assertEquals(200, r.status(), command + ": " + r.body());
        return r.json();
    }

    JsonObject act(String user, long callId, String command) {
        return act(user, callId, command, null);
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** The call record, once the call's last event has reached it. */
    JsonObject record(long callId, String lastStep) {
        Reply r = api.await(
                Duration.ofSeconds(20),
                () -> api.get("admin", "/call-records/" + callId),
                x -> x.status() == 200 && complete(x.json(), lastStep));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /**
     * The record has {@code lastStep} and every step before it: events reach the record out of
     * order (several consumer sessions), and steps are numbered per call, so no number may be missing.
     */
    private static boolean complete(JsonObject record, String lastStep) {
        List<JsonObject> trajectory = record.getJsonArray("trajectory").getValuesAs(JsonObject.class);
        int last = trajectory.stream()
                .filter(s -> s.getString("step").equals(lastStep))
                .mapToInt(s -> s.getInt("seq", 0))
                .max()
                .orElse(-1);
        Set<Integer> seen = new HashSet<>();
        trajectory.forEach(s -> seen.add(s.getInt("seq", 0)));
        return last >= 0 && IntStream.rangeClosed(1, last).allMatch(seen::contains);
    }

    static List<String> steps(JsonObject record) {
        return record.getJsonArray("trajectory").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("step"))
                .toList();
    }

    /**
     * Leaves the demo agents as the test found them: no call of the test still open, out of the
     * test's groups (so no later test's agent is offered a leftover), signed out.
     */
    void cleanUp() {
        calls.forEach(c -> api.post("admin", "/calls/" + c + "/customer-hangup", null));
        for (long g : groups) {
            for (String login : List.of("agent1", "agent2", "agent3")) {
                api.delete("admin", "/skill-groups/" + g + "/members/" + id(login));
            }
        }
        for (String login : List.of("agent1", "agent2", "agent3")) {
            api.post(login, "/agents/" + id(login) + "/after-call-work/finish", null);
            state(login, "SIGNED_OUT");
        }
    }
}

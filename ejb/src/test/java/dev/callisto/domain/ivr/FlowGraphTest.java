package dev.callisto.domain.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class FlowGraphTest {

    private static String field(String json) {
        return assertThrows(InvalidInputException.class, () -> FlowGraph.parse(json))
                .field();
    }

    @Test
    void malformedFlowsAreRefusedNamingTheNodeAndSetting() {
        assertEquals("flow", field("not json"));
        assertEquals("nodes", field("{\"start\":\"a\",\"nodes\":[]}"));
        assertEquals("start", field("{\"start\":\"x\",\"nodes\":[{\"id\":\"a\",\"type\":\"hangup\"}]}"));
        assertEquals("nodes.a.type", field("{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"dance\"}]}"));
        assertEquals(
                "nodes.a.next",
                field("{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"prompt\",\"prompt\":\"welcome\"}]}"));
        assertEquals("nodes.q.skillGroupId", field("{\"start\":\"q\",\"nodes\":[{\"id\":\"q\",\"type\":\"queue\"}]}"));
        assertEquals(
                "nodes.m.options",
                field("{\"start\":\"m\",\"nodes\":[{\"id\":\"m\",\"type\":\"menu\",\"prompt\":\"p\",\"options\":"
                        + "[{\"key\":\"1\",\"next\":\"m\"},{\"key\":\"1\",\"next\":\"m\"}]}]}"));
        assertEquals(
                "nodes.a",
                field(
                        "{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"hangup\"},{\"id\":\"a\",\"type\":\"hangup\"}]}"));
    }

    @Test
    void danglingEdgesAndUnreachableNodesAreRefused() {
        InvalidInputException dangling = assertThrows(
                InvalidInputException.class,
                () -> FlowGraph.parse(
                        "{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"prompt\",\"prompt\":\"welcome\",\"next\":\"gone\"}]}"));
        assertEquals("nodes.a", dangling.field());
        assertTrue(dangling.getMessage().contains("gone"));
        assertEquals(
                "nodes.island",
                field(
                        "{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"hangup\"},{\"id\":\"island\",\"type\":\"hangup\"}]}"));
    }

    @Test
    void theFullExampleParsesAndListsItsPrompts() {
        FlowGraph graph = FlowGraph.parse(FlowEngineTest.FLOW);
        assertEquals(21, graph.nodes().size());
        assertTrue(graph.prompts().containsAll(java.util.List.of("welcome", "off-hours", "invalid-key", "survey")));
    }
}

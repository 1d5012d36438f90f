package dev.callisto.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonNestingTest {

    private static int depth(String json) {
        return JsonNesting.depth(json.getBytes(StandardCharsets.UTF_8), 32);
    }

    @Test
    void countsObjectsAndArrays() {
        assertEquals(0, depth("42"));
        assertEquals(1, depth("{\"a\":1,\"b\":2}"));
        assertEquals(3, depth("{\"a\":[{\"b\":1}],\"c\":[]}"));
    }

    @Test
    void bracketsInStringsDoNotCount() {
        assertEquals(1, depth("{\"a\":\"[[[{{{\"}"));
        assertEquals(1, depth("{\"a\":\"quote \\\" then [[[\"}"));
        assertEquals(1, depth("{\"a\":\"backslash \\\\\",\"b\":\"x\"}"));
    }

    @Test
    void stopsJustPastTheLimit() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertEquals(33, depth(deep));
        assertEquals(32, depth("[".repeat(32) + "]".repeat(32)));
    }
}

package dev.callisto.web.rest;

/**
 * How deeply a JSON text nests its arrays and objects, read in one pass over the bytes without
 * parsing: brackets inside strings do not count. Parsers recurse per level, so a body nested a
 * few thousand deep exhausts the stack before any resource sees it; the edge refuses it first.
 */
public final class JsonNesting {

    private JsonNesting() {}

    /** The deepest nesting in {@code json}, or {@code limit + 1} as soon as it passes {@code limit}. */
    public static int depth(byte[] json, int limit) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++; // the escaped character cannot end the string
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
                if (depth > limit) {
                    return limit + 1;
                }
                deepest = Math.max(deepest, depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }
}

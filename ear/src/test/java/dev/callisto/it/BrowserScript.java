package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node scripts under src/test/browser (playwright-core driving Debian's headless
 * Chromium) against the server under test; the script's output is the test's report.
 */
final class BrowserScript {

    private BrowserScript() {}

    /** The script's output; fails the test if it did not finish or said why it failed. */
    static String run(String script, String baseUrl) throws IOException, InterruptedException {
        return run(script, baseUrl, Map.of());
    }

    /** As {@link #run(String, String)}, with more of the script's environment. */
    static String run(String script, String baseUrl, Map<String, String> env) throws IOException, InterruptedException {
        return run(List.of(), script, baseUrl, env);
    }

    /** As {@link #run(String, String, Map)}, with {@code node} run by the command {@code wrapper}. */
    static String run(List<String> wrapper, String script, String baseUrl, Map<String, String> env)
            throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("it.browser.dir"));
        Path log = dir.resolve(script + ".log");
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of("node", script));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("BASE_URL", baseUrl);
        builder.environment().put("SCREENSHOTS", dir.resolve("screenshots").toString());
        builder.environment().putAll(env);
        Process node = builder.start();
        node.getOutputStream().close();
        boolean finished = node.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, script + " did not finish: " + output);
        assertEquals(0, node.exitValue(), output);
        return output;
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer's page in real headless Chromium (Debian's, driven by playwright-core from Node):
 * the scripts under src/test/browser say step by step what the customer does and sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    /** Runs one browser script; its output is the test's report. */
    private String browse(String script) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("it.browser.dir"));
        ProcessBuilder builder = new ProcessBuilder("node", script)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(script + ".log").toFile());
        builder.environment().put("BASE_URL", api.base());
        builder.environment().put("SCREENSHOTS", dir.resolve("screenshots").toString());
        Process node = builder.start();
        node.getOutputStream().close();
        boolean finished = node.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(dir.resolve(script + ".log"), StandardCharsets.UTF_8);
        assertTrue(finished, script + " did not finish: " + output);
        assertEquals(0, node.exitValue(), output);
        return output;
    }

    @Test
    void aCustomerLeavesAMessageOnTheH5PageAndReadsTheReplyButNotTheInternalNote() throws Exception {
        String output = browse("customer-reads-reply.mjs");
        assertTrue(output.contains("customer read the reply"), output);
    }

    @Test
    void aCustomerFollowsTheVisualIvrOnTheWebPageIsQueuedAndAnswered() throws Exception {
        String output = browse("customer-visual-ivr.mjs");
        assertTrue(output.contains("went through the visual IVR"), output);
    }
}

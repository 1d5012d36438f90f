package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aCustomerLeavesAMessageOnTheH5PageAndReadsTheReplyButNotTheInternalNote() throws Exception {
        String output = BrowserScript.run("customer-reads-reply.mjs", api.base());
        assertTrue(output.contains("customer read the reply"), output);
    }

    @Test
    void aCustomerFollowsTheVisualIvrOnTheWebPageIsQueuedAndAnswered() throws Exception {
        String output = BrowserScript.run("customer-visual-ivr.mjs", api.base());
        assertTrue(output.contains("went through the visual IVR"), output);
    }

    @Test
    void aCustomerWhoClosesTheTabHangsUpAndAnAgentWhoseDeskDiesGivesTheCallBack() throws Exception {
        String output = BrowserScript.run("browser-gone.mjs", api.base());
        assertTrue(output.contains("after the customer closed the tab"), output);
        assertTrue(output.contains("went back to the queue when agent2's desk died"), output);
    }
}

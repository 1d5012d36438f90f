package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staff pages in real headless Chromium: what an admin sees and does (scripts in src/test/browser). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    @Test
    void anAdminAddsAnAgentInTheAdminConsoleAfterABadLoginIsRefusedNextToItsField() throws Exception {
        String output = BrowserScript.run("admin-console.mjs", api.base());
        assertTrue(output.contains("after refusing a bad login"), output);
    }

    @Test
    void anAdminEditsAFlowInTheIvrDesignerSeesABadSettingRefusedSavesAndDryRunsIt() throws Exception {
        String output = BrowserScript.run("ivr-designer.mjs", api.base());
        assertTrue(output.contains("dry run lit the path"), output);
    }
}

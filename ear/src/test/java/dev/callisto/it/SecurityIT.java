package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.callisto.it.Api.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login protection of the file realm and the security headers, without Keycloak. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    private int me(String password) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString(("lockout-probe:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + "/callisto/api/v1/me"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenForTheRightPassword() throws Exception {
        assertEquals(403, me("demo"), "the right password gets in (this test login has no tenant, hence 403)");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, me("wrong-" + i));
        }
        assertEquals(401, me("demo"), "locked after five failures");
    }

    @Test
    void pagesAndApiCarrySecurityHeaders() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + "/callisto/visitor/index.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals(
                "frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
                page.headers().firstValue("Content-Security-Policy").orElse(null));
        Reply api401 = api.get(null, "/me");
        assertEquals(401, api401.status());
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production networking as a customer at home meets it: the browser (customer page and agent
 * desk) sits in a network namespace of its own with no route to the media server, so its media
 * can only go through the TURN server (coturn, with credentials the server minted for this
 * connection), and it reaches the pages over HTTPS with a certificate of the tests' own CA, which
 * its Chromium trusts as a company's machines trust the company's CA: the microphone is granted
 * only to such a secure origin. The call connects, audio flows both ways, and both sides' selected
 * candidate pair is a relay. And a customer whose network goes, the page still open, is noticed by
 * the media server alone: the call ends as their hang-up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BehindTurnMediaIT {

    private static final Pattern THROUGH_TURN = Pattern.compile("call (\\d+) through TURN over HTTPS");
    private static final Pattern MEDIA_LOST =
            Pattern.compile("call (\\d+) ended [\\d.]+ s after the customer's media was lost");

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    @Test
    void aCustomerAndAnAgentWhoReachOnlyTheTurnServerTalkOverHttps() throws Exception {
        String output = behindTurn("behind-turn.mjs");
        Matcher m = THROUGH_TURN.matcher(output);
        assertTrue(m.find(), output);
        long call = Long.parseLong(m.group(1));
        Api.Reply record = api.await(
                Duration.ofSeconds(20),
                () -> api.get("admin", "/call-records/" + call),
                r -> r.status() == 200 && r.json().getInt("talkSeconds", 0) > 0);
        assertEquals(200, record.status(), "the call through TURN has its record with talk time: " + record.body());
    }

    @Test
    void aCustomerWhoseMediaIsLostHangsUpWithinSecondsAndABlipDoesNotEndTheCall() throws Exception {
        String output = behindTurn("media-lost.mjs");
        Matcher m = MEDIA_LOST.matcher(output);
        assertTrue(m.find(), output);
        long call = Long.parseLong(m.group(1));
        Api.Reply record = api.get("admin", "/call-records/" + call);
        assertEquals("CUSTOMER", record.json().getString("hungUpBy"), record.body());
    }

    /** Runs a browser script in the behind-turn namespace, over HTTPS, its Chromium trusting the tests' CA. */
    private static String behindTurn(String script) throws Exception {
        assumeTrue("1".equals(System.getenv("CALLISTO_IN_NETNS")), "needs the media tests' network namespace");
        Path tls = Path.of(System.getProperty("it.tls.dir"));
        // Chromium reads its trusted CAs from $HOME/.pki/nssdb: a home of this test's own.
        Path home = Files.createDirectories(tls.resolve("home/.pki"));
        copyTree(tls.resolve("nssdb"), home.resolve("nssdb"));
        int https = 8443 + Integer.getInteger("it.port.offset");
        return BrowserScript.run(
                List.of(tls.getParent()
                        .getParent()
                        .resolve("src/test/netns/bin/behind-turn")
                        .toString()),
                script,
                "https://10.204.0.1:" + https,
                Map.of(
                        "HOME",
                        home.getParent().toString(),
                        "NODE_EXTRA_CA_CERTS",
                        tls.resolve("ca.pem").toString(),
                        "TURN_ADDRESS",
                        "10.204.0.3"));
    }

    @Test
    void pagesAskedForOverPlainHttpFromAnotherMachineMoveToHttpsWhichTheBrowserIsToldToKeepTo() throws Exception {
        assumeTrue("1".equals(System.getenv("CALLISTO_IN_NETNS")), "needs the media tests' network namespace");
        int offset = Integer.getInteger("it.port.offset");
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> page = plain.send(
                HttpRequest.newBuilder(URI.create("http://10.204.0.1:" + (8080 + offset) + "/callisto/desk.xhtml?x=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode(), "a page over plain HTTP from another machine is redirected");
        String https = "https://10.204.0.1:" + (8443 + offset);
        assertEquals(
                https + "/callisto/desk.xhtml?x=1",
                page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> api = plain.send(
                HttpRequest.newBuilder(URI.create("http://10.204.0.1:" + (8080 + offset) + "/callisto/api/v1/me"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "the API is not redirected (a client would resend its credentials)");

        HttpClient trusting = HttpClient.newBuilder()
                .sslContext(trusting(Path.of(System.getProperty("it.tls.dir"), "ca.pem")))
                .build();
        HttpResponse<String> secure = trusting.send(
                HttpRequest.newBuilder(URI.create(https + "/callisto/visitor/index.html"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, secure.statusCode());
        assertEquals(
                "max-age=31536000",
                secure.headers().firstValue("Strict-Transport-Security").orElse(""),
                "over HTTPS the browser is told to keep to it");
    }

    /** TLS that trusts only the tests' CA, as a company's machines trust the company's. */
    private static SSLContext trusting(Path caPem) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (var in = Files.newInputStream(caPem)) {
            trusted.setCertificateEntry(
                    "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

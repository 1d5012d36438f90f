package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agents who answer on a phone, in the media tests' namespace: a desk phone (sipp at 10.203.0.2:5070)
 * registering with the agent's SIP account, ringing for an offer and picking up; a mobile behind
 * the carrier (sipp at 10.203.0.2:5090) that must press 1 before it is put through; signing in
 * and out by phone from the agent's bound number. Each test has its own agent and skill group.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentPhoneMediaIT {

    private static final String PASSWORD = "desk-phone-secret";

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();
    private final Carrier carrier = new Carrier(api);
    private final int suffix = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    private final String login = "phone" + suffix;
    private final String workNumber = String.valueOf(8000 + suffix % 1000);
    private final String mobile = "+86139" + suffix + "1";

    /** A new agent with a SIP account and a bound number, alone in a new group behind a new number. */
    private long agentBehind(String number, long trunk) {
        Reply created = api.post(
                "admin",
                "/agents",
                "{\"login\":\"" + login + "\",\"displayName\":\"Phone " + suffix + "\",\"workNumber\":\"" + workNumber
                        + "\",\"phoneNumber\":\"" + mobile + "\",\"answerMode\":\"BROWSER_PHONE\"}");
        assertEquals(201, created.status(), created.body());
        long agent = created.json().getJsonNumber("id").longValue();
        Reply sip = api.put("admin", "/agents/" + agent + "/sip-password", "{\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, sip.status(), sip.body());
        assertTrue(sip.json().getBoolean("sipAccount"));
        assertEquals("acme", sip.json().getString("sipDomain"));
        long group = api.post("admin", "/skill-groups", "{\"name\":\"phones-" + suffix + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.put("admin", "/skill-groups/" + group + "/routing", "{\"strategy\":\"LONGEST_IDLE\",\"ringSeconds\":60}");
        assertEquals(
                200,
                api.put("admin", "/skill-groups/" + group + "/members/" + agent, "{\"level\":1}")
                        .status());
        carrier.number(number, trunk, null, group);
        return agent;
    }

    private static Process deskPhone(String log, String scenario, String login, String password, int calls)
            throws Exception {
        return deskPhone(log, scenario, login, password, calls, 5070);
    }

    /** sipp as the desk phone of {@code login} at 10.203.0.2:{@code port}, registering (or trying to). */
    private static Process deskPhone(String log, String scenario, String login, String password, int calls, int port)
            throws Exception {
        return new ProcessBuilder(
                        "sipp",
                        Carrier.EDGE + ":" + Carrier.SIP_PORT,
                        "-sf",
                        Path.of("src/test/sip/" + scenario).toAbsolutePath().toString(),
                        "-s",
                        login,
                        "-key",
                        "domain",
                        "acme",
                        "-au",
                        login,
                        "-ap",
                        password,
                        "-i",
                        Carrier.HOST,
                        "-p",
                        String.valueOf(port),
                        "-m",
                        String.valueOf(calls),
                        "-timeout",
                        "60s",
                        "-nostdin")
                .redirectErrorStream(true)
                .redirectOutput(Path.of(log).toFile())
                .start();
    }

    /** No sipp outlives its test: one left waiting would hold the carrier's port for the next. */
    @AfterEach
    void stopThePhones() {
        ProcessHandle.current()
                .children()
                .filter(p -> p.info().command().orElse("").endsWith("sipp")) // not the server Arquillian started
                .forEach(ProcessHandle::destroy);
    }

    @Test
    void aDeskPhoneRegistersRingsForTheOfferAndItsPickUpAndHangUpAreTheAgents() throws Exception {
        String number = "+86217" + suffix;
        long trunk = carrier.trunk("desk-" + suffix, 5060, 2, null);
        long agent = agentBehind(number, trunk);
        Process register = deskPhone("target/sipp-desk-register.log", "desk-register.xml", login, PASSWORD, 1);
        assertTrue(register.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, register.exitValue(), "the desk phone registered (see target/sipp-desk-register.log)");
        JsonObject phone = api.put("supervisor", "/agents/" + agent + "/phone", "{\"answerMode\":\"SIP_PHONE\"}")
                .json();
        assertTrue(phone.getBoolean("registered"), phone.toString());
        assertEquals(
                200,
                api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"IDLE\"}")
                        .status());

        Path deskRelay = Path.of("target/sipp-desk-relay-port");
        Files.deleteIfExists(deskRelay);
        Process desk = Carrier.sipp(
                "target/sipp-desk.log",
                Carrier.EDGE + ":" + Carrier.SIP_PORT,
                "-sf",
                Path.of("src/test/sip/desk-answers.xml").toAbsolutePath().toString(),
                "-i",
                Carrier.HOST,
                "-p",
                "5070",
                "-timeout",
                "90s");
        try (PhoneAudio customer = new PhoneAudio(Carrier.HOST, 16000);
                PhoneAudio deskAudio = new PhoneAudio(Carrier.HOST, 16100)) {
            Process caller = Carrier.calls(number, "+86138" + suffix + "2", '*');
            customer.sendTo(Carrier.answeredAt());
            long call = carrier.callFrom("+86138" + suffix + "2");
            carrier.awaitStatus(call, "TALKING"); // the desk phone rang and picked up
            deskAudio.sendTo(Carrier.relayIn(deskRelay));
            assertEquals("TALKING", api.get("admin", "/agents/" + agent).json().getString("state"));
            assertTrue(deskAudio.awaitAudio(Duration.ofSeconds(10)), "the desk phone hears the call's room");
            Thread.sleep(1500);
            long heardByCustomer = customer.loud();
            long heardByDesk = deskAudio.loud();
            Thread.sleep(3000);
            heardByCustomer = customer.loud() - heardByCustomer;
            heardByDesk = deskAudio.loud() - heardByDesk;
            assertTrue(heardByCustomer > 20, "the caller hears the agent's desk phone: " + heardByCustomer + " of 150");
            assertTrue(heardByDesk > 20, "the agent hears the caller on the desk phone: " + heardByDesk + " of 150");

            assertTrue(desk.waitFor(30, TimeUnit.SECONDS), "the desk phone hung up");
            assertEquals(0, desk.exitValue(), "the desk phone's call went as a phone's does (target/sipp-desk.log)");
            assertTrue(caller.waitFor(30, TimeUnit.SECONDS), "the carrier got its BYE");
            JsonObject record = carrier.recordSaying(call, "phone-released");
            assertEquals("ANSWERED", record.getString("result"), record.toString());
            assertEquals("AGENT", record.getString("hungUpBy"), "hanging up the desk phone is the agent's hang-up");
            System.out.println("desk phone: the caller heard it in " + heardByCustomer + " and it heard the caller in "
                    + heardByDesk + " of 150 packets");
        } finally {
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
            api.delete("admin", "/trunks/" + trunk);
        }

        // Five wrong passwords lock the account: then even the right one is refused (403).
        Process wrong = deskPhone("target/sipp-desk-wrong.log", "desk-register.xml", login, "not-the-password", 5);
        assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, wrong.exitValue(), "wrong passwords do not register");
        Process locked = deskPhone("target/sipp-desk-locked.log", "desk-register.xml", login, PASSWORD, 1);
        assertTrue(locked.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, locked.exitValue(), "a locked account is refused even with the right password");
        JsonObject after = api.get("admin", "/agents/" + agent + "/phone").json();
        assertTrue(after.containsKey("lockedUntil") && !after.isNull("lockedUntil"), after.toString());
    }

    @Test
    void anAgentOnADeskPhoneConsultsAColleagueOnTheirsAndTransfersTheCall() throws Exception {
        String number = "+86216" + suffix;
        long trunk = carrier.trunk("consult-" + suffix, 5060, 2, null);
        long first = api.agentId("admin", "agent2");
        long colleague = api.agentId("admin", "agent3");
        long group = api.post("admin", "/skill-groups", "{\"name\":\"consult-" + suffix + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.put("admin", "/skill-groups/" + group + "/members/" + first, "{\"level\":1}");
        carrier.number(number, trunk, null, group);
        Path colleagueRelay = Path.of("target/sipp-desk-relay-port");
        Files.deleteIfExists(colleagueRelay);
        try (PhoneAudio customer = new PhoneAudio(Carrier.HOST, 16000);
                PhoneAudio colleagueAudio = new PhoneAudio(Carrier.HOST, 16100)) {
            int port = 5070;
            for (long agent : List.of(first, colleague)) {
                String login = agent == first ? "agent2" : "agent3";
                api.put("admin", "/agents/" + agent + "/sip-password", "{\"password\":\"" + PASSWORD + "\"}");
                Process register = deskPhone(
                        "target/sipp-register-" + login + ".log", "desk-register.xml", login, PASSWORD, 1, port++);
                assertTrue(register.waitFor(30, TimeUnit.SECONDS));
                assertEquals(0, register.exitValue(), login + "'s desk phone registered");
                assertEquals(
                        200,
                        api.put(
                                        "supervisor",
                                        "/agents/" + agent + "/state",
                                        "{\"state\":\"IDLE\",\"answerMode\":\"SIP_PHONE\"}")
                                .status());
            }
            // agent2's phone picks up and stays until hung up; agent3's picks up, talks 15 s and hangs up.
            Process firstPhone = phoneAt("target/sipp-first-desk.log", "mobile-answers.xml", 5070);
            Process colleaguePhone = phoneAt("target/sipp-colleague-desk.log", "desk-answers.xml", 5071);
            Process caller = Carrier.calls(number, "+86138" + suffix + "5", '*');
            customer.sendTo(Carrier.answeredAt());
            long call = carrier.callFrom("+86138" + suffix + "5");
            carrier.awaitStatus(call, "TALKING");
            Reply consulting = api.post("agent2", "/calls/" + call + "/consult", "{\"agentId\":" + colleague + "}");
            assertEquals(200, consulting.status(), consulting.body());
            api.await(Duration.ofSeconds(20), () -> api.get("admin", "/agents/" + colleague), r -> r.body()
                    .contains("\"state\":\"TALKING\""));
            colleagueAudio.sendTo(Carrier.relayIn(colleagueRelay));
            Reply transferred = api.post("agent2", "/calls/" + call + "/consult/transfer", null);
            assertEquals(200, transferred.status(), transferred.body());
            assertTrue(firstPhone.waitFor(20, TimeUnit.SECONDS), "the first agent's phone is hung up");
            assertEquals(0, firstPhone.exitValue(), "see target/sipp-first-desk.log");
            Thread.sleep(1500);
            long before = customer.loud();
            long heardBefore = colleagueAudio.loud();
            Thread.sleep(3000);
            long heard = customer.loud() - before;
            long heardByColleague = colleagueAudio.loud() - heardBefore;
            assertTrue(heard > 20, "the caller hears the colleague's desk phone: " + heard + " of 150");
            assertTrue(heardByColleague > 20, "the colleague hears the caller: " + heardByColleague + " of 150");
            assertTrue(colleaguePhone.waitFor(30, TimeUnit.SECONDS), "the colleague hung up");
            assertTrue(caller.waitFor(30, TimeUnit.SECONDS), "the carrier got its BYE");
            JsonObject record = carrier.recordSaying(call, "phone-released");
            List<String> steps = Calls.steps(record);
            assertTrue(
                    steps.containsAll(List.of("consult-started", "consult-answered", "transferred")), steps.toString());
            assertEquals("AGENT", record.getString("hungUpBy"), record.toString());
            System.out.println("consult transfer between desk phones: the caller heard the colleague in " + heard
                    + " and the colleague the caller in " + heardByColleague + " of 150 packets");
        } finally {
            for (long agent : List.of(first, colleague)) {
                api.put("supervisor", "/agents/" + agent + "/phone", "{\"answerMode\":\"BROWSER_PHONE\"}");
                api.post("supervisor", "/agents/" + agent + "/after-call-work/finish", null);
                api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
            }
            api.delete("admin", "/trunks/" + trunk);
        }
    }

    /** sipp as a phone at 10.203.0.2:{@code port} answering the edge's INVITE ({@code scenario}). */
    private static Process phoneAt(String log, String scenario, int port) throws Exception {
        return Carrier.sipp(
                log,
                Carrier.EDGE + ":" + Carrier.SIP_PORT, // where its own requests (the BYE) go
                "-sf",
                Path.of("src/test/sip/" + scenario).toAbsolutePath().toString(),
                "-i",
                Carrier.HOST,
                "-p",
                String.valueOf(port),
                "-timeout",
                "90s",
                "-trace_msg",
                "-message_file",
                log.replace(".log", "-messages.log"));
    }

    @Test
    void aMobileAgentIsPutThroughOnlyAfterPressingOne() throws Exception {
        String number = "+86218" + suffix;
        long trunk = carrier.trunk("mobile-in-" + suffix, 5060, 4, null);
        long out = carrier.trunk("0-mobile-out-" + suffix, 5090, 4, "+862160008888");
        long agent = agentBehind(number, trunk);
        assertEquals(
                200,
                api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"IDLE\",\"answerMode\":\"MOBILE\"}")
                        .status());
        try (PhoneAudio customer = new PhoneAudio(Carrier.HOST, 16000);
                PhoneAudio phone = new PhoneAudio(Carrier.HOST, 16200)) {
            // Picked up and 1 pressed: put through.
            Process mobilePhone = mobile("target/sipp-mobile.log");
            Process caller = Carrier.calls(number, "+86138" + suffix + "3", '*');
            customer.sendTo(Carrier.answeredAt());
            long call = carrier.callFrom("+86138" + suffix + "3");
            assertTrue(phone.awaitAudio(Duration.ofSeconds(20)), "the mobile hears the edge once it picked up");
            Thread.sleep(2000);
            long prompt = phone.loud();
            assertTrue(prompt > 20, "the mobile hears the accept prompt: " + prompt + " loud packets in 2 s");
            assertEquals(
                    "RINGING", api.get("admin", "/calls/" + call).json().getString("status"), "not put through yet");
            phone.press('1');
            carrier.awaitStatus(call, "TALKING");
            Thread.sleep(1500);
            long before = customer.loud();
            Thread.sleep(3000);
            long heard = customer.loud() - before;
            assertTrue(heard > 20, "the caller hears the agent's mobile: " + heard + " loud packets of 150");
            assertEquals(
                    200,
                    api.post("supervisor", "/calls/" + call + "/force-release", null)
                            .status());
            assertTrue(mobilePhone.waitFor(20, TimeUnit.SECONDS), "the mobile got its BYE");
            assertEquals(0, mobilePhone.exitValue(), "see target/sipp-mobile.log");
            assertTrue(caller.waitFor(20, TimeUnit.SECONDS), "the carrier got its BYE");
            assertEquals(
                    "ANSWERED", carrier.recordSaying(call, "phone-released").getString("result"));
            api.post("supervisor", "/agents/" + agent + "/after-call-work/finish", null);
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"IDLE\"}");

            // Picked up (a voicemail, say) and nothing pressed: never put through, and the agent goes busy.
            Process voicemail = mobile("target/sipp-voicemail.log");
            Process second = Carrier.calls(number, "+86138" + suffix + "4", '*');
            customer.sendTo(Carrier.answeredAt());
            long unanswered = carrier.callFrom("+86138" + suffix + "4");
            assertTrue(voicemail.waitFor(40, TimeUnit.SECONDS), "the edge hangs up a mobile that does not press 1");
            JsonObject back = carrier.awaitStatus(unanswered, "QUEUED");
            assertEquals("BUSY", api.get("admin", "/agents/" + agent).json().getString("state"));
            assertTrue(back.toString().contains("the accept key was not pressed"), back.toString());
            assertEquals(
                    200,
                    api.post("supervisor", "/calls/" + unanswered + "/force-release", null)
                            .status());
            assertTrue(second.waitFor(20, TimeUnit.SECONDS));
            System.out.println(
                    "mobile: the accept prompt in " + prompt + " of 100 packets, the caller heard the mobile in "
                            + heard + " of 150; unaccepted call back in the queue: " + back.getString("status"));
        } finally {
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
            api.delete("admin", "/trunks/" + out);
            api.delete("admin", "/trunks/" + trunk);
        }
    }

    @Test
    void anAgentSignsInAndOutByCallingFromTheBoundNumber() throws Exception {
        String number = "+86219" + suffix;
        long trunk = carrier.trunk("sign-in-" + suffix, 5060, 2, null);
        long agent = agentBehind(number, trunk);
        try {
            signByPhone(number, '1');
            Reply in = api.await(Duration.ofSeconds(20), () -> api.get("admin", "/agents/" + agent), r -> r.body()
                    .contains("\"state\":\"IDLE\""));
            assertTrue(in.body().contains("\"state\":\"IDLE\""), "signed in by phone: " + in.body());
            assertEquals(
                    "MOBILE",
                    api.get("admin", "/agents/" + agent + "/phone").json().getString("answerMode"));

            signByPhone(number, '2');
            Reply outState = api.await(Duration.ofSeconds(20), () -> api.get("admin", "/agents/" + agent), r -> r.body()
                    .contains("\"state\":\"SIGNED_OUT\""));
            assertTrue(outState.body().contains("\"state\":\"SIGNED_OUT\""), "signed out by phone: " + outState.body());
        } finally {
            api.put("supervisor", "/agents/" + agent + "/state", "{\"state\":\"SIGNED_OUT\"}");
            api.delete("admin", "/trunks/" + trunk);
        }
    }

    /** Calls the agent line from the bound number: {@code choice}, the work number and #, then the edge hangs up. */
    private void signByPhone(String number, char choice) throws Exception {
        try (PhoneAudio phone = new PhoneAudio(Carrier.HOST, 16000)) {
            Process sipp = Carrier.calls(number, mobile, '*');
            phone.sendTo(Carrier.answeredAt());
            assertTrue(phone.awaitAudio(Duration.ofSeconds(20)));
            Thread.sleep(2000);
            assertTrue(phone.loud() > 20, "the agent line's menu is spoken: " + phone.loud());
            phone.press(choice);
            Thread.sleep(500);
            for (char digit : (workNumber + "#").toCharArray()) {
                phone.press(digit);
                Thread.sleep(150);
            }
            assertTrue(sipp.waitFor(40, TimeUnit.SECONDS), "the edge hangs up after saying the result");
            assertEquals(0, sipp.exitValue(), "see target/sipp-carrier.log");
        }
    }

    private static Process mobile(String log) throws Exception {
        return Carrier.sipp(
                log,
                "-sf",
                Path.of("src/test/sip/mobile-answers.xml").toAbsolutePath().toString(),
                "-i",
                Carrier.HOST,
                "-p",
                "5090",
                "-timeout",
                "90s");
    }
}

package dev.callisto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.it.Api.Reply;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls with media, end to end: Chromium pages (customer, agent desk, supervisor) with fake
 * microphones and cameras, WildFly, and the media server. With Janus (the default) all of it runs
 * inside the network namespace the build made for this test run (media servers gather no
 * candidates on loopback); with {@code -Dit.kurento.url=ws://host:8888/kurento} the same tests run
 * against that Kurento Media Server. The recordings are then checked as a listener would: there,
 * as long as the call, and not silence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaIT {

    private static final Pattern CALL = Pattern.compile("media call (\\d+)");
    private static final Pattern VIDEO_CALL = Pattern.compile("video call (\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.callisto();
    }

    private final Api api = new Api();

    @Test
    void aCustomerCallsFromTheWebPageAndTheAgentDeskAnswersWithAudioChatHoldListeningAndARecording() throws Exception {
        String output = BrowserScript.run("media-call.mjs", api.base());
        Matcher m = CALL.matcher(output);
        assertTrue(m.find(), output);
        long call = Long.parseLong(m.group(1));

        Reply recordings = api.await(
                Duration.ofSeconds(20),
                () -> api.get("admin", "/calls/" + call + "/recordings"),
                r -> r.status() == 200
                        && !r.array().isEmpty()
                        && !r.array().getJsonObject(0).isNull("endedAt"));
        JsonObject recording = recordings.array().getJsonObject(0);
        assertTrue(!recording.isNull("endedAt"), "the recording is complete once the call ended: " + recording);
        long id = recording.getJsonNumber("id").longValue();
        double seconds = recording.getJsonNumber("seconds").doubleValue();
        assertTrue(seconds >= 10, "the recording lasts the call (over 10 s of talk, hold and listening): " + seconds);
        assertRecordedFromTheAnswer(call, recording);

        HttpResponse<byte[]> file = api.file("admin", "/recordings/" + id + "/download", null);
        assertEquals(200, file.statusCode());
        if (recording.getString("contentType").equals("audio/wav")) { // Janus: the mix as PCM
            Wav wav = Wav.of(file.body());
            assertEquals(seconds, wav.seconds(), 0.5, "the stored length is the file's");
            assertTrue(wav.rms() > 200, "the recording is not silence: RMS " + wav.rms());
        } else { // Kurento: WebM (Opus), decoded by nobody here; it must at least hold audio data
            assertWebm(file.body());
            assertTrue(file.body().length > seconds * 2_000, "about 16 kbit/s of audio: " + file.body().length);
        }

        HttpResponse<byte[]> part = api.file("admin", "/recordings/" + id + "/audio", "bytes=0-99");
        assertEquals(206, part.statusCode(), "the player can seek (range requests)");
        assertEquals(100, part.body().length);

        assertEquals(404, api.get("globex-admin", "/recordings/" + id).status(), "another tenant does not see it");
        assertEquals(
                403,
                api.file("agent1", "/recordings/" + id + "/audio", null).statusCode(),
                "an agent who was not on the call may not hear it");
        assertEquals(
                200,
                api.file("agent2", "/recordings/" + id + "/audio", null).statusCode(),
                "the agent who took the call may");
        String audit = api.get("admin", "/audit?size=50&action=recording.").body();
        assertTrue(audit.contains("recording.download") && audit.contains("recording.play"), audit);

        // Both browsers reported their links (loopback: no loss, sub-millisecond round trips).
        JsonObject record = api.await(
                        Duration.ofSeconds(20),
                        () -> api.get("admin", "/call-records/" + call),
                        r -> r.status() == 200 && r.json().containsKey("agentMos"))
                .json();
        for (String leg : new String[] {"customerMos", "agentMos", "lowestMos"}) {
            assertTrue(record.containsKey(leg), "the record keeps " + leg + ": " + record);
            double mos = record.getJsonNumber(leg).doubleValue();
            assertTrue(mos >= 4 && mos <= 4.5, "a clean loopback link sounds good: " + leg + " " + mos);
        }
        System.out.println(output.strip() + "; record MOS customer " + record.get("customerMos") + ", agent "
                + record.get("agentMos") + ", lowest " + record.get("lowestMos"));

        Reply chat = api.get("agent2", "/calls/" + call + "/chat");
        assertTrue(chat.body().contains("printer") && chat.body().contains("let me check"), chat.body());
    }

    @Test
    void aVideoCallShowsEachSideTheOthersCameraAndRecordsEveryCamera() throws Exception {
        String output = BrowserScript.run("media-video-call.mjs", api.base());
        Matcher m = VIDEO_CALL.matcher(output);
        assertTrue(m.find(), output);
        long call = Long.parseLong(m.group(1));

        Reply recordings = api.await(
                Duration.ofSeconds(30),
                () -> api.get("admin", "/calls/" + call + "/recordings"),
                r -> r.status() == 200 && r.array().size() >= 3);
        var videos = recordings.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("contentType").equals("video/webm"))
                .toList();
        assertEquals(2, videos.size(), "one video recording per camera (customer, agent): " + recordings.body());
        for (JsonObject video : videos) {
            assertRecordedFromTheAnswer(call, video);
        }
        assertTrue(
                videos.get(0).getJsonNumber("seconds").doubleValue()
                                != videos.get(1).getJsonNumber("seconds").doubleValue()
                        || !videos.get(0)
                                .getString("startedAt")
                                .equals(videos.get(1).getString("startedAt")),
                "each camera's file has its own start and length: " + videos);
        for (JsonObject video : videos) {
            HttpResponse<byte[]> file =
                    api.file("admin", "/recordings/" + video.getJsonNumber("id").longValue() + "/download", null);
            assertEquals(200, file.statusCode());
            assertTrue(file.body().length > 20_000, "the camera was recorded: " + file.body().length + " bytes");
            assertWebm(file.body());
        }
    }

    /**
     * A recording starts when the agent answers, not when the customer's media joined in the IVR
     * (the customer's camera is not recorded before an agent is there), and lasts no longer than
     * the call from then on.
     */
    private void assertRecordedFromTheAnswer(long call, JsonObject recording) {
        JsonObject record = api.await(
                        Duration.ofSeconds(20),
                        () -> api.get("admin", "/call-records/" + call),
                        r -> r.status() == 200 && r.body().contains("\"step\":\"ended\""))
                .json();
        Instant answered = Instant.parse(record.getString("answeredAt"));
        Instant ended = Instant.parse(record.getString("endedAt"));
        Instant started = Instant.parse(recording.getString("startedAt"));
        double seconds = recording.getJsonNumber("seconds").doubleValue();
        assertTrue(
                !started.isBefore(answered.minusMillis(500)),
                "recorded from the answer at " + answered + ", not from " + started + ": " + recording);
        double sinceAnswer = Duration.between(answered, ended).toMillis() / 1000.0;
        assertTrue(
                seconds <= sinceAnswer + 1.5,
                seconds + " s recorded of " + sinceAnswer + " s after the answer: " + recording);
    }

    /** WebM is Matroska: it starts with the EBML magic 1A 45 DF A3. */
    private static void assertWebm(byte[] file) {
        assertEquals(0x1A, file[0]);
        assertEquals((byte) 0x45, file[1]);
        assertEquals((byte) 0xDF, file[2]);
        assertEquals((byte) 0xA3, file[3]);
    }

    /** A 16-bit PCM WAV file's length and loudness (root mean square of its samples). */
    record Wav(double seconds, double rms) {
        static Wav of(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int channels = b.getShort(22);
            int rate = b.getInt(24);
            int bits = b.getShort(34);
            assertEquals(16, bits, "16-bit PCM");
            int samples = (bytes.length - 44) / 2;
            double sum = 0;
            for (int i = 0; i < samples; i++) {
                double s = b.getShort(44 + 2 * i);
                sum += s * s;
            }
            return new Wav((double) samples / channels / rate, Math.sqrt(sum / Math.max(1, samples)));
        }
    }
}

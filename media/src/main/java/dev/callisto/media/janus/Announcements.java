package dev.callisto.media.janus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Announcements as AudioBridge plays them: Ogg Opus files, encoded from the WAV by opusenc
 * (Debian opus-tools) into the call's recordings directory, where Janus reads them; without
 * opusenc a phone caller hears no prompts (logged once).
 */
final class Announcements {

    private static final Logger LOG = Logger.getLogger(Announcements.class.getName());
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile boolean missingTold;

    private Announcements() {}

    /** The encoded file, or null if opusenc is not there or failed. */
    static Path encode(Path directory, long callId, byte[] wav) {
        Path file = directory.resolve(callId + "-announcement-" + NEXT.incrementAndGet() + ".opus");
        try {
            Files.createDirectories(directory);
            Process opusenc = new ProcessBuilder("opusenc", "--quiet", "--bitrate", "24", "-", file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream in = opusenc.getOutputStream()) {
                in.write(wav);
            }
            if (!opusenc.waitFor(10, TimeUnit.SECONDS) || opusenc.exitValue() != 0) {
                opusenc.destroyForcibly();
                LOG.warning(() -> "opusenc could not encode an announcement for call " + callId);
                return null;
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            if (!missingTold) {
                missingTold = true;
                LOG.warning("no opusenc (Debian opus-tools): phone callers hear no prompts: " + e.getMessage());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

package dev.callisto.application.ivr;

import dev.callisto.domain.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Text-to-speech prompts, rendered on the server by espeak-ng (Debian package; Mandarin and
 * English voices) and cached by language and text, so each sentence is rendered once.
 */
@ApplicationScoped
public class Speech {

    /** A WAV file for {@code tts:text} or {@code tts:zh:文本}. */
    public Path render(String ref) {
        String spec = ref.substring("tts:".length());
        String lang = spec.startsWith("zh:") ? "cmn" : "en";
        String text = spec.startsWith("zh:") || spec.startsWith("en:") ? spec.substring(3) : spec;
        Path cached = cache().resolve(hash(lang + "\n" + text) + ".wav");
        if (Files.exists(cached)) {
            return cached;
        }
        try {
            Path partial = Files.createTempFile(cache(), "tts", ".wav");
            Process espeak = new ProcessBuilder("espeak-ng", "-v", lang, "-s", "150", "-w", partial.toString(), text)
                    .redirectErrorStream(true)
                    .start();
            if (!espeak.waitFor(30, TimeUnit.SECONDS) || espeak.exitValue() != 0) {
                espeak.destroyForcibly();
                throw new ConflictException("text-to-speech failed: "
                        + new String(espeak.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConflictException(
                    "text-to-speech is not available on this server (install espeak-ng): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("text-to-speech was interrupted");
        }
    }

    private static Path cache() {
        try {
            return Files.createDirectories(Path.of(
                    System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                    "callisto",
                    "tts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

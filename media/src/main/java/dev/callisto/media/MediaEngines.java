package dev.callisto.media;

import dev.callisto.application.media.MediaPort;
import dev.callisto.media.janus.JanusMedia;
import dev.callisto.media.kurento.KurentoMedia;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the media server by configuration (system properties, so no rebuild):
 * {@code callisto.media.engine} = {@code janus} (default; {@code callisto.janus.url}, default
 * {@code ws://127.0.0.1:8188}) or {@code kurento} ({@code callisto.kurento.urls}, comma-separated).
 */
@ApplicationScoped
public class MediaEngines {

    @Produces
    @ApplicationScoped
    MediaPort media(Clock clock, Event<MediaPort.Flow> flows) {
        Path holdMusic = holdMusic();
        String engine = System.getProperty("callisto.media.engine", "janus");
        if (engine.equals("kurento")) {
            List<URI> servers = Arrays.stream(System.getProperty("callisto.kurento.urls", "ws://127.0.0.1:8888/kurento")
                            .split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(URI::create)
                    .toList();
            return new KurentoMedia(servers, holdMusic.toUri(), clock);
        }
        return new JanusMedia(
                URI.create(System.getProperty("callisto.janus.url", "ws://127.0.0.1:8188")),
                holdMusic,
                flows::fire,
                clock);
    }

    void close(@Disposes MediaPort media) throws Exception {
        ((AutoCloseable) media).close();
    }

    /** The music on hold, copied out of the archive where the media server can read it. */
    private static Path holdMusic() {
        Path dir = Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "callisto", "media");
        Path file = dir.resolve("hold-music.opus");
        try (InputStream in = MediaEngines.class.getResourceAsStream("/media/hold-music.opus")) {
            Files.createDirectories(dir);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

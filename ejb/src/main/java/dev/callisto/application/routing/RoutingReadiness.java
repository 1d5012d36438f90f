package dev.callisto.application.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether {@link Router} has rebuilt its engine. Changes committed during recovery are not fed to
 * the engine one by one: the engine is built from the database after them.
 */
@ApplicationScoped
public class RoutingReadiness {

    private final AtomicBoolean ready = new AtomicBoolean();

    boolean isReady() {
        return ready.get();
    }

    void ready() {
        ready.set(true);
    }
}

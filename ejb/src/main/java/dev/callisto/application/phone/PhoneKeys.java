package dev.callisto.application.phone;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the keys a phone caller presses, one at a time, into what the IVR takes: a menu takes
 * each key; digit collection takes the digits typed before {@code #}. The visual IVR sends its
 * input whole, a phone cannot.
 */
@ApplicationScoped
public class PhoneKeys {

    private final Map<Long, StringBuilder> typing = new ConcurrentHashMap<>();

    /** What to press for this key, if anything yet; {@code digits}: the IVR waits for digits. */
    public Optional<String> pressed(long callId, char key, boolean digits) {
        if (!digits) {
            typing.remove(callId);
            return Optional.of(String.valueOf(key));
        }
        StringBuilder typed = typing.computeIfAbsent(callId, id -> new StringBuilder());
        synchronized (typed) {
            if (key != '#') {
                typed.append(key);
                return Optional.empty();
            }
            typing.remove(callId);
            return typed.isEmpty() ? Optional.empty() : Optional.of(typed.toString());
        }
    }

    public void forget(long callId) {
        typing.remove(callId);
    }
}

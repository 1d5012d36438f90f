package dev.callisto.events;

/** A message on the events topic that no consumer can understand; it belongs in the dead-letter queue. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}

package dev.callisto.application;

import dev.callisto.events.CallistoEvent;

/**
 * Where services announce what happened. Publishing joins the caller's transaction: the event
 * leaves if and only if the change that caused it commits.
 */
public interface DomainEvents {
    void publish(CallistoEvent event);
}

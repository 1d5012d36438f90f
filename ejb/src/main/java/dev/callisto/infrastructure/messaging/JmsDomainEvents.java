package dev.callisto.infrastructure.messaging;

import dev.callisto.application.DomainEvents;
import dev.callisto.events.CallistoEvent;
import dev.callisto.events.Destinations;
import dev.callisto.events.EventHeaders;
import dev.callisto.events.EventJson;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/**
 * Sends events to the Artemis topic through the XA pooled connection factory, inside the
 * caller's transaction (MANDATORY: publishing outside one would let an event escape a rollback).
 * Messages are persistent, so once the transaction commits the event survives a server crash.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JmsDomainEvents implements DomainEvents {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = Destinations.EVENTS_TOPIC)
    private Topic topic;

    @Override
    public void publish(CallistoEvent event) {
        EventHeaders.stamp(jms.createProducer(), event)
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(topic, EventJson.write(event));
    }
}

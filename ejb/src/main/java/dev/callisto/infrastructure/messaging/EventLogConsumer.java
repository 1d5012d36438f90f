package dev.callisto.infrastructure.messaging;

import dev.callisto.application.EventLogService;
import dev.callisto.events.EventEnvelope;
import dev.callisto.events.MalformedEventException;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Durable subscriber that records every event in the event log. A message it cannot read throws,
 * which rolls the delivery back; after the configured attempts Artemis moves it to the
 * dead-letter queue instead of retrying forever.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/callisto/events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "event-log"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "callisto-event-log"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true")
        })
public class EventLogConsumer implements MessageListener {

    @Inject
    private EventLogService eventLog;

    @Override
    public void onMessage(Message message) {
        eventLog.record(EventEnvelope.parse(textOf(message)));
    }

    private static String textOf(Message message) {
        try {
            if (message instanceof TextMessage text) {
                return text.getText();
            }
            throw new MalformedEventException(
                    "events are text messages, got " + message.getClass().getSimpleName());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read event message", e);
        }
    }
}

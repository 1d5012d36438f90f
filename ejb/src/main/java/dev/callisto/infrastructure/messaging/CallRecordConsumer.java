package dev.callisto.infrastructure.messaging;

import dev.callisto.application.callrecord.CallRecordProjector;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Durable subscriber for call events only, feeding the call records. Several sessions share the
 * subscription, so one call's events may be applied out of order: the projection is built for
 * that (earliest timestamps win, the trajectory is kept sorted, each event applies once).
 *
 * <p>Bean-managed: the projector commits to the database in its own transaction, then the message
 * is acknowledged. A crash between the two redelivers an event the projector already applied,
 * which it recognises by id and skips; this saves a two-phase commit per event. A message that
 * fails is not acknowledged and, after the bounded redeliveries, goes to the dead-letter queue.
 */
@TransactionManagement(TransactionManagementType.BEAN)
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/callisto/events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "call-records"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "callisto-call-records"),
            @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType LIKE 'call.%'"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
        })
public class CallRecordConsumer implements MessageListener {

    @Inject
    private CallRecordProjector projector;

    @Override
    public void onMessage(Message message) {
        try {
            projector.apply(((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read call event", e);
        }
    }
}

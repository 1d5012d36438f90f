package dev.callisto.infrastructure.messaging;

import dev.callisto.application.live.LiveFeed;
import dev.callisto.application.ops.EventPipeline;
import dev.callisto.events.EventHeaders;
import dev.callisto.events.MalformedEventException;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Non-durable subscriber feeding the live pages: what happens while nobody watches need not be
 * kept (the durable event log and call records keep everything). An unreadable event is dropped
 * here; the event-log consumer sends it to the dead-letter queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/callisto/events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
            // Acknowledged in batches: a page shown an event twice (after a lost acknowledgement)
            // reads the same state again; one acknowledgement per event cost a broker round trip.
            @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveFeedConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(LiveFeedConsumer.class.getName());

    @Inject
    private LiveFeed feed;

    @Inject
    private EventPipeline pipeline;

    @Override
    public void onMessage(Message message) {
        try {
            // Tenant and type from the headers: parsing every body cost more than all else here,
            // and the pages parse only the events they show.
            String type = message.getStringProperty(EventHeaders.EVENT_TYPE);
            if (type == null || !message.propertyExists(EventHeaders.TENANT_ID)) {
                throw new MalformedEventException("no tenant or type header");
            }
            long tenant = message.getLongProperty(EventHeaders.TENANT_ID);
            pipeline.read(tenant, type, message.getJMSTimestamp(), System.currentTimeMillis());
            feed.publish(tenant, type, ((TextMessage) message).getText());
        } catch (MalformedEventException | ClassCastException | NumberFormatException | JMSException e) {
            LOG.fine("not shown live: " + e);
        }
    }
}

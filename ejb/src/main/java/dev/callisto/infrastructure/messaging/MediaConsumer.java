package dev.callisto.infrastructure.messaging;

import dev.callisto.application.media.MediaFollower;
import dev.callisto.events.CallEvent;
import dev.callisto.events.EventJson;
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
 * Non-durable subscriber that keeps the media of calls in step with them (hold, verification, end).
 * Media lives only as long as this server does, so there is nothing to catch up on after a restart.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/callisto/events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
            // Acknowledged in batches: a media step applied twice (after a lost acknowledgement)
            // sets the same mute or music again; one acknowledgement per event cost a round trip.
            @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge"),
            // Only the events that change media are delivered here (the broker filters by header).
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue =
                            "eventType IN ('call.dialing', 'call.offered', 'call.ring-no-answer', 'call.offer-ended',"
                                    + " 'call.transferred', 'call.consult-started', 'call.consult-ended', 'call.queued', 'call.answered', 'call.connected', 'call.held',"
                                    + " 'call.resumed', 'call.verification-started', 'call.verified',"
                                    + " 'call.verification-failed', 'call.muted', 'call.unmuted', 'call.survey-started',"
                                    + " 'call.ended')")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MediaConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MediaConsumer.class.getName());

    @Inject
    private MediaFollower follower;

    @Override
    public void onMessage(Message message) {
        try {
            follower.follow(EventJson.read(((TextMessage) message).getText(), CallEvent.class));
        } catch (MalformedEventException | ClassCastException | JMSException e) {
            LOG.fine("no media change: " + e);
        } catch (RuntimeException e) {
            LOG.warning("media did not follow the call: " + e);
        }
    }
}

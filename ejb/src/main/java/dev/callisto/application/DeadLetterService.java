package dev.callisto.application;

import dev.callisto.events.Destinations;
import dev.callisto.events.EventHeaders;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Shows admins the events no consumer could process, so they can see what was lost to processing
 * (nothing is lost to the broker: the messages stay in the dead-letter queue until removed).
 * Only messages stamped with the admin's tenant are shown.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DeadLetterService {

    private static final int BODY_PREVIEW = 1000;

    @Inject
    private JMSContext jms;

    @Inject
    private Caller caller;

    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    private Queue deadLetters;

    public record DeadLetter(
            String messageId,
            String eventId,
            String eventType,
            Instant failedAt,
            int deliveries,
            String originalAddress,
            String body) {}

    public List<DeadLetter> list(int limit) {
        List<DeadLetter> found = new ArrayList<>();
        try (QueueBrowser browser =
                jms.createBrowser(deadLetters, EventHeaders.TENANT_ID + " = " + caller.tenantId())) {
            for (Message m : Collections.list(messages(browser))) {
                if (found.size() == limit) {
                    break;
                }
                found.add(toDeadLetter(m));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the dead-letter queue", e);
        }
        return found;
    }

    @SuppressWarnings("unchecked") // the JMS API returns a raw Enumeration of Messages
    private static Enumeration<Message> messages(QueueBrowser browser) throws JMSException {
        return browser.getEnumeration();
    }

    private static DeadLetter toDeadLetter(Message m) throws JMSException {
        String body = m instanceof TextMessage t && t.getText() != null ? t.getText() : "";
        return new DeadLetter(
                m.getJMSMessageID(),
                m.getStringProperty(EventHeaders.EVENT_ID),
                m.getStringProperty(EventHeaders.EVENT_TYPE),
                Instant.ofEpochMilli(m.getJMSTimestamp()),
                m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0,
                m.getStringProperty("_AMQ_ORIG_ADDRESS"),
                body.length() > BODY_PREVIEW ? body.substring(0, BODY_PREVIEW) : body);
    }
}

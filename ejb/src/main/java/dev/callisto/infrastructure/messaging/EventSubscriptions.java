package dev.callisto.infrastructure.messaging;

import dev.callisto.application.EventIntake;
import dev.callisto.events.Destinations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.logging.Logger;

/**
 * The durable subscription of the events topic that must see every event, read in batches (see
 * {@link BatchSubscription}) by {@value #READERS} readers, each batch taken in by {@link
 * EventIntake} (event log and call records in one transaction). A call's events carry a message
 * group ({@link dev.callisto.events.EventHeaders#GROUP}), so Artemis hands all of one call's events
 * to the same reader, in order, and two readers never wait for each other's lock on a record. The
 * servers of a cluster share the subscription, so one call's events may still be applied out of
 * order and by two servers at once: the call record projection is built for that (earliest
 * timestamps win, the trajectory is kept sorted, each event is logged and applied once, records
 * are locked in call order). Live pages and media follow the topic with non-durable
 * message-driven beans instead.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class EventSubscriptions {

    /** Two readers: one batch is read while the other commits (benchmark: one reader was the bottleneck). */
    private static final int READERS = 2;

    private static final Logger LOG = Logger.getLogger(EventSubscriptions.class.getName());

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory factory;

    @Resource(lookup = Destinations.EVENTS_TOPIC)
    private Topic events;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private EventIntake intake;

    private BatchSubscription subscription;

    @PostConstruct
    void start() {
        retire("callisto-call-records", "call-records");
        subscription = new BatchSubscription(
                factory, threads, events, "callisto-event-log", "event-log", null, READERS, intake::takeAll);
    }

    /**
     * Drops a subscription an earlier version read (call records had their own until the event
     * log's took them over): left behind, it would keep a copy of every event, unread, for ever.
     */
    private void retire(String clientId, String name) {
        try (JMSContext jms = factory.createContext()) {
            jms.setClientID(clientId);
            jms.unsubscribe(name);
            LOG.info("dropped the retired subscription " + clientId + "." + name);
        } catch (InvalidDestinationRuntimeException alreadyGone) {
            // The usual case: a server that never ran the earlier version.
        } catch (JMSRuntimeException stillRead) {
            // A server of the cluster still runs the earlier version and reads it: the last one
            // upgraded drops it. Starting must not fail over it.
            LOG.info("the retired subscription " + clientId + "." + name + " stays for now: " + stillRead);
        }
    }

    @PreDestroy
    void stop() {
        subscription.stop();
    }
}

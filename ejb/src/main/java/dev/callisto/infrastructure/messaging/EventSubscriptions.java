package dev.callisto.infrastructure.messaging;

import dev.callisto.application.EventLogService;
import dev.callisto.application.callrecord.CallRecordProjector;
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
import jakarta.jms.Topic;

/**
 * The durable subscribers of the events topic that must see every event, read in batches (see
 * {@link BatchSubscription}): the event log (every event) and the call records (call events).
 * One worker reads each subscription on this server; the servers of a cluster share it, so one
 * call's events may still be applied out of order and by two servers at once: the call record
 * projection is built for that (earliest timestamps win, the trajectory is kept sorted, each event
 * applies once, records are locked in call order).
 * Live pages and media follow the topic with non-durable message-driven beans instead.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class EventSubscriptions {

    /** One per subscription: with two, batches waited on each other's call-record locks (benchmark). */
    private static final int WORKERS = 2;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory factory;

    @Resource(lookup = Destinations.EVENTS_TOPIC)
    private Topic events;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private CallRecordProjector callRecords;

    @Inject
    private EventLogService eventLog;

    private BatchSubscription callRecordSubscription;
    private BatchSubscription eventLogSubscription;

    @PostConstruct
    void start() {
        callRecordSubscription = new BatchSubscription(
                factory,
                threads,
                events,
                "callisto-call-records",
                "call-records",
                "eventType LIKE 'call.%'",
                WORKERS,
                new BatchSubscription.Handler(callRecords::applyAll, callRecords::apply));
        eventLogSubscription = new BatchSubscription(
                factory,
                threads,
                events,
                "callisto-event-log",
                "event-log",
                null,
                WORKERS,
                new BatchSubscription.Handler(eventLog::recordAll, eventLog::record));
    }

    @PreDestroy
    void stop() {
        callRecordSubscription.stop();
        eventLogSubscription.stop();
    }
}

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
 * {@link BatchSubscription}): the event log (every event, one reader) and the call records (call
 * events, {@value #CALL_RECORD_READERS} readers). A call's events carry a message group
 * ({@link dev.callisto.events.EventHeaders#GROUP}), so Artemis hands all of one call's events to
 * the same reader, in order, and two readers never wait for each other's lock on a record. The
 * servers of a cluster share the subscriptions, so one call's events may still be applied out of
 * order and by two servers at once: the call record projection is built for that (earliest
 * timestamps win, the trajectory is kept sorted, each event applies once, records are locked in
 * call order). Live pages and media follow the topic with non-durable message-driven beans instead.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class EventSubscriptions {

    /** Two readers: one call-record batch is read while the other commits (benchmark: the one reader was the bottleneck). */
    private static final int CALL_RECORD_READERS = 2;

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
                CALL_RECORD_READERS,
                new BatchSubscription.Handler(callRecords::applyAll, callRecords::apply));
        eventLogSubscription = new BatchSubscription(
                factory,
                threads,
                events,
                "callisto-event-log",
                "event-log",
                null,
                1,
                new BatchSubscription.Handler(eventLog::recordAll, eventLog::record));
    }

    @PreDestroy
    void stop() {
        callRecordSubscription.stop();
        eventLogSubscription.stop();
    }
}

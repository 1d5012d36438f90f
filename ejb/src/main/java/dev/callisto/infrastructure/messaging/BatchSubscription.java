package dev.callisto.infrastructure.messaging;

import dev.callisto.events.MalformedEventException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A shared durable subscription read by a few worker threads that apply events in batches: one
 * database transaction and one acknowledgement per batch instead of per event. The database commit
 * comes first, so a crash before the acknowledgement redelivers events the handler has already
 * applied; handlers must recognise them (by event id) and skip. Because a lost acknowledgement
 * costs only that, the sessions acknowledge by client acknowledgement, which Artemis sends without
 * waiting for its journal sync (a transacted session's commit waits): the worker goes on to the
 * next batch at once instead of a disk sync later (benchmark: the sync was most of a batch's wait
 * whenever the disk was slow).
 *
 * <p>A batch that fails is returned (its session closed) and comes back as redelivered messages,
 * which are applied one at a time, like a message-driven bean would: the good ones are
 * acknowledged, a poison message alone is returned again until Artemis, after the address's max
 * delivery attempts, moves it to the dead-letter queue. An acknowledgement covers every message the session has
 * received, so a batch ends at the first redelivered message, and that one is applied after the
 * batch and acknowledged with it: if it fails, the batch comes back too (and is skipped as
 * already applied) rather than being acknowledged while it is still untried.
 */
final class BatchSubscription {

    private static final Logger LOG = Logger.getLogger(BatchSubscription.class.getName());
    private static final int MAX_BATCH = 200;

    private final String name;
    private final Topic topic;
    private final String selector;
    /**
     * What the subscriber does with events (message bodies): a business method that applies a
     * list in one transaction of its own, so a redelivered event given alone is its own transaction.
     */
    private final Consumer<List<String>> apply;

    private final List<Thread> workers = new ArrayList<>();
    private final JMSContext connection;
    private volatile boolean running = true;

    /** A worker's client-acknowledge session and its consumer on the subscription. */
    private record Reader(JMSContext session, JMSConsumer consumer) {}

    /**
     * Starts {@code workers} threads reading the durable subscription {@code clientId.name},
     * shared among them and any other server of the cluster. The subscription exists when this
     * returns, so no event published afterwards is missed.
     */
    BatchSubscription(
            ConnectionFactory factory,
            ManagedThreadFactory threads,
            Topic topic,
            String clientId,
            String name,
            String selector,
            int workers,
            Consumer<List<String>> apply) {
        this.name = name;
        this.topic = topic;
        this.selector = selector;
        this.apply = apply;
        this.connection = factory.createContext(JMSContext.SESSION_TRANSACTED);
        connection.setClientID(clientId);
        for (int i = 0; i < workers; i++) {
            Reader first = open();
            Thread worker = threads.newThread(() -> work(first));
            worker.setName(name + "-" + i);
            this.workers.add(worker);
        }
        this.workers.forEach(Thread::start);
    }

    /** Stops reading: what a worker received but did not commit comes back to the next reader. */
    void stop() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        connection.close();
    }

    private Reader open() {
        JMSContext session = connection.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
        return new Reader(session, session.createSharedDurableConsumer(topic, name, selector));
    }

    /**
     * Reads until stopped; a session that breaks, or whose events failed, is replaced (its
     * unacknowledged events come back).
     */
    private void work(Reader first) {
        Reader reader = first;
        while (running) {
            try {
                if (reader == null) {
                    reader = open();
                }
                try (JMSContext session = reader.session()) {
                    read(reader);
                }
            } catch (JMSRuntimeException | JMSException e) {
                if (running) {
                    LOG.log(Level.WARNING, name + " reads again in a second after: " + e);
                    pause();
                }
            }
            reader = null;
        }
    }

    /** Reads and takes batches until stopped or a batch fails (then the session must go). */
    private void read(Reader reader) throws JMSException {
        JMSContext session = reader.session();
        JMSConsumer consumer = reader.consumer();
        boolean taken = true;
        while (running && taken) {
            List<Message> batch = new ArrayList<>();
            Message message = consumer.receive(500);
            while (message != null && !message.getJMSRedelivered()) {
                batch.add(message);
                message = batch.size() < MAX_BATCH && running ? consumer.receiveNoWait() : null;
            }
            taken = take(session, batch, message);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Applies the batch, then the redelivered message (if any) on its own, and acknowledges both;
     * returns false if they failed. Then the caller closes the session rather than recovering it:
     * Artemis' recover counts the first message prefetched behind them as delivered too, so the
     * event after a poison one was dead-lettered with it (DeadLetterIT caught it); closing counts
     * only the messages received, as a transacted session's rollback did.
     */
    private boolean take(JMSContext session, List<Message> batch, Message redelivered) {
        if (batch.isEmpty() && redelivered == null) {
            return true;
        }
        try {
            if (!batch.isEmpty()) {
                apply.accept(texts(batch));
            }
            if (redelivered != null) {
                apply.accept(List.of(text(redelivered)));
            }
            session.acknowledge();
            return true;
        } catch (RuntimeException e) {
            int events = batch.size() + (redelivered == null ? 0 : 1);
            LOG.log(Level.WARNING, name + ": " + events + " event(s) returned for redelivery: " + e);
            return false;
        }
    }

    private static List<String> texts(List<Message> messages) {
        return messages.stream().map(BatchSubscription::text).toList();
    }

    private static String text(Message message) {
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

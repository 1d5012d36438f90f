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
 * database transaction and one acknowledgement (a transacted session's commit) per batch instead
 * of per event. The database commit comes first, so a crash before the acknowledgement redelivers
 * events the handler has already applied; handlers must recognise them (by event id) and skip.
 *
 * <p>A batch that fails is rolled back and comes back as redelivered messages, which are applied
 * one at a time, like a message-driven bean would: the good ones commit, a poison message alone
 * is rolled back again until Artemis, after the address's max delivery attempts, moves it to the
 * dead-letter queue.
 */
final class BatchSubscription {

    /**
     * What a subscriber does with events (message bodies): a batch in one transaction, or one
     * (each a business method that runs in its own transaction).
     */
    record Handler(Consumer<List<String>> applyAll, Consumer<String> apply) {}

    private static final Logger LOG = Logger.getLogger(BatchSubscription.class.getName());
    private static final int MAX_BATCH = 200;

    private final String name;
    private final Topic topic;
    private final String selector;
    private final Handler handler;
    private final List<Thread> workers = new ArrayList<>();
    private final JMSContext connection;
    private volatile boolean running = true;

    /** A worker's transacted session and its consumer on the subscription. */
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
            Handler handler) {
        this.name = name;
        this.topic = topic;
        this.selector = selector;
        this.handler = handler;
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
        JMSContext session = connection.createContext(JMSContext.SESSION_TRANSACTED);
        return new Reader(session, session.createSharedDurableConsumer(topic, name, selector));
    }

    /** Reads until stopped; a session that breaks is replaced (its uncommitted events come back). */
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

    private void read(Reader reader) throws JMSException {
        JMSContext session = reader.session();
        JMSConsumer consumer = reader.consumer();
        while (running) {
            List<Message> batch = new ArrayList<>();
            Message message = consumer.receive(500);
            while (message != null) {
                if (message.getJMSRedelivered()) {
                    commit(session, batch, () -> handler.applyAll().accept(texts(batch)));
                    batch.clear();
                    Message single = message;
                    commit(session, List.of(single), () -> handler.apply().accept(text(single)));
                } else {
                    batch.add(message);
                }
                message = batch.size() < MAX_BATCH && running ? consumer.receiveNoWait() : null;
            }
            commit(session, batch, () -> handler.applyAll().accept(texts(batch)));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commit(JMSContext session, List<Message> messages, Runnable apply) {
        if (messages.isEmpty()) {
            return;
        }
        try {
            apply.run();
            session.commit();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": " + messages.size() + " event(s) rolled back for redelivery: " + e);
            session.rollback();
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

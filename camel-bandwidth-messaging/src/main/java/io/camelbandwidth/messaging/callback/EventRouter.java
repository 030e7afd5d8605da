package io.camelbandwidth.messaging.callback;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.camelbandwidth.messaging.BandwidthMalformedCallbackException;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the events of one request, one exchange per event, one after the other in the order Bandwidth sent them,
 * without blocking: an asynchronous route continues the batch on its own thread when it is done.
 * <p>
 * With an {@link IdempotentRepository}, an event's key (message id, type, recipient) is added before the event is
 * routed: a key already there means the event was seen and is skipped. A key whose event fails is removed again, so
 * that Bandwidth's retry of the request processes it; a key whose event succeeded is confirmed.
 * <p>
 * A failed event does not stop the batch: the others are still processed, and the request is answered with an error
 * so that Bandwidth retries it (with the idempotent repository only the failed events run again).
 * <p>
 * An element that is not an event goes to the consumer's {@link ExceptionHandler} as a
 * {@link BandwidthMalformedCallbackException}, with the element as the exchange's body; it claims no key.
 */
public final class EventRouter implements EventBatchHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);

    private final Consumer consumer;
    private final AsyncProcessor processor;
    private final IdempotentRepository repository;
    private final Supplier<ExceptionHandler> exceptionHandler;
    /** Keys of events being routed right now: a retry of one of them must not be acknowledged before it is done. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * @param consumer         creates and releases the exchanges, and holds the route they go through
     * @param repository       drops events already processed; {@code null} for none
     * @param exceptionHandler the consumer's exception handler, which takes the elements that are not events
     */
    public EventRouter(Consumer consumer, IdempotentRepository repository,
                       Supplier<ExceptionHandler> exceptionHandler) {
        this.consumer = consumer;
        this.processor = AsyncProcessorConverterHelper.convert(consumer.getProcessor());
        this.repository = repository;
        this.exceptionHandler = exceptionHandler;
    }

    @Override
    public void handle(CallbackBatch batch, java.util.function.Consumer<Outcome> done) {
        batch.malformed().forEach(element -> handOver(element, batch.size()));
        new Batch(batch.events(), done).proceed();
    }

    /** Gives an element that is not an event to the exception handler; whatever it does, the batch goes on. */
    private void handOver(CallbackBatch.MalformedEvent element, int elements) {
        BandwidthMalformedCallbackException problem = new BandwidthMalformedCallbackException(element.index(),
                element.problem(), element.json());
        Exchange exchange = consumer.createExchange(false);
        try {
            exchange.getIn().setBody(element.json());
            exchange.setException(problem);
            exceptionHandler.get().handleException("Element " + element.index() + " of " + elements
                                                   + " of a Bandwidth callback is not an event and reached no route",
                    exchange, problem);
        } catch (RuntimeException e) {
            LOG.warn("The exception handler failed on a malformed callback event: {}", e.getClass().getName());
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }

    /** The key that identifies one event across Bandwidth's retries. */
    static String idempotentKey(BandwidthCallback event) {
        String id = event.getMessage() == null ? null : event.getMessage().getId();
        return id + '|' + event.getType() + '|' + (event.getTo() == null ? "" : event.getTo());
    }

    /**
     * The progress of one request's events; touched by one thread at a time. It is the callback of the event being
     * routed: one event at a time, so no callback object per event.
     */
    private final class Batch implements AsyncCallback {

        private final List<BandwidthCallback> events;
        private final java.util.function.Consumer<Outcome> done;
        private int next;
        private int processed;
        private int duplicates;
        private int failed;
        /** The event being routed: its exchange and idempotent key. */
        private Exchange routing;
        private String routingKey;

        Batch(List<BandwidthCallback> events, java.util.function.Consumer<Outcome> done) {
            this.events = events;
            this.done = done;
        }

        /** Routes events until one continues asynchronously (its callback resumes here) or all are done. */
        void proceed() {
            while (next < events.size()) {
                BandwidthCallback event = events.get(next++);
                String key = repository == null ? null : idempotentKey(event);
                if (key != null && !claim(key, event)) {
                    continue;
                }
                Exchange exchange = consumer.createExchange(false);
                CallbackHeaders.populate(exchange.getIn(), event);
                LOG.debug("Routing callback {}", event);
                routing = exchange;
                routingKey = key;
                boolean sync;
                try {
                    sync = processor.process(exchange, this);
                } catch (RuntimeException e) {
                    // breaks the AsyncProcessor contract, but must not leave the request unanswered
                    exchange.setException(e);
                    finish(exchange, key);
                    continue;
                }
                if (!sync) {
                    return;
                }
            }
            done.accept(new Outcome(processed, duplicates, failed));
        }

        /** The event being routed is done. */
        @Override
        public void done(boolean doneSync) {
            finish(routing, routingKey);
            if (!doneSync) {
                proceed();
            }
        }

        /** Adds the key; false if the event was seen already (skipped) or the repository failed (counted). */
        private boolean claim(String key, BandwidthCallback event) {
            if (!inFlight.add(key)) {
                // Bandwidth retried while the first delivery is still being routed: answer a failure, so that the
                // event is retried again later instead of being acknowledged before it was processed
                failed++;
                LOG.debug("Callback {} is being processed by an earlier delivery", event);
                return false;
            }
            try {
                if (repository.add(key)) {
                    return true;
                }
                duplicates++;
                LOG.debug("Skipping callback {}: already processed", event);
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("The idempotent repository failed for callback {}: {}", event, e.getClass().getName());
            }
            inFlight.remove(key);
            return false;
        }

        private void finish(Exchange exchange, String key) {
            boolean success = exchange.getException() == null && !exchange.isRollbackOnly();
            try {
                if (key != null) {
                    if (success) {
                        repository.confirm(key);
                    } else {
                        repository.remove(key);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("The idempotent repository failed to {} a key: {}", success ? "confirm" : "remove",
                        e.getClass().getName());
            } finally {
                if (key != null) {
                    inFlight.remove(key);
                }
                consumer.releaseExchange(exchange, false);
            }
            if (success) {
                processed++;
            } else {
                failed++;
            }
        }
    }
}

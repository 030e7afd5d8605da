package io.camelbandwidth.messaging.metrics;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.camelbandwidth.messaging.callback.EventBatchHandler;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.CALLBACKS_DUPLICATES;
import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.CALLBACKS_FAILED;
import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.CALLBACKS_RECEIVED;

/**
 * One consumer's meters. The {@code type} tag takes the event types Bandwidth documents; any other type counts as
 * {@code other}, so that what a request carries cannot make meters without end.
 */
final class MicrometerCallbackMetrics implements CallbackMetrics {

    private static final List<String> TYPES = List.of(BandwidthCallback.MESSAGE_RECEIVED,
            BandwidthCallback.MESSAGE_SENDING, BandwidthCallback.MESSAGE_SENT, BandwidthCallback.MESSAGE_DELIVERED,
            BandwidthCallback.MESSAGE_FAILED, BandwidthCallback.MESSAGE_READ, BandwidthCallback.SUGGESTION_RESPONSE,
            BandwidthCallback.REQUESTED_LOCATION_RESPONSE);
    private static final String OTHER = "other";

    private final MeterRegistry registry;
    private final String accountId;
    /** By position in {@link #TYPES}, the last for any other type; made when the first event of the type comes. */
    private final AtomicReferenceArray<Counter> received = new AtomicReferenceArray<>(TYPES.size() + 1);
    private final Counter duplicates;
    private final Counter failed;

    MicrometerCallbackMetrics(MeterRegistry registry, String accountId) {
        this.registry = registry;
        this.accountId = accountId;
        this.duplicates = Counter.builder(CALLBACKS_DUPLICATES)
                .description("Callback events dropped because the idempotent repository had seen them")
                .tag("account", accountId)
                .register(registry);
        this.failed = Counter.builder(CALLBACKS_FAILED)
                .description("Callback events that failed, answered 500 for Bandwidth to retry")
                .tag("account", accountId)
                .register(registry);
    }

    @Override
    public EventBatchHandler counting(EventBatchHandler handler) {
        return (batch, done) -> {
            try {
                for (BandwidthCallback event : batch.events()) {
                    received(event.getType()).increment();
                }
            } catch (RuntimeException e) {
                MicrometerMetrics.notRecorded(e);
            }
            handler.handle(batch, outcome -> {
                if (outcome.duplicates() > 0) {
                    duplicates.increment(outcome.duplicates());
                }
                if (outcome.failed() > 0) {
                    failed.increment(outcome.failed());
                }
                done.accept(outcome);
            });
        };
    }

    private Counter received(String type) {
        int known = TYPES.indexOf(type);
        int slot = known < 0 ? TYPES.size() : known;
        Counter counter = received.get(slot);
        if (counter == null) {
            counter = Counter.builder(CALLBACKS_RECEIVED)
                    .description("Callback events received, by event type")
                    .tags("account", accountId, "type", known < 0 ? OTHER : type)
                    .register(registry);
            received.set(slot, counter);
        }
        return counter;
    }
}

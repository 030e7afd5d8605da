package io.camelbandwidth.messaging.metrics;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthOperation;
import io.camelbandwidth.messaging.BandwidthRateLimiter;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.MESSAGES_SENT;
import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.RATE_LIMIT_WAIT;
import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.SEGMENTS_SENT;
import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.SEND_FAILURES;
import static io.camelbandwidth.messaging.metrics.MicrometerMetrics.SEND_LATENCY;

/**
 * One producer's meters. Each operation's are looked up in the registry once, at its first exchange, and kept: an
 * exchange then costs an array read and the meters' own updates. Failure counters, one per kind and HTTP status, are
 * kept by status.
 */
final class MicrometerProducerMetrics implements ProducerMetrics {

    private static final BandwidthOperation[] OPERATIONS = BandwidthOperation.values();

    private final MeterRegistry registry;
    private final String accountId;
    /** By operation ordinal, the last slot for a failure before the operation was known; made at first use. */
    private final OperationMeters[] operations = new OperationMeters[OPERATIONS.length + 1];

    MicrometerProducerMetrics(MeterRegistry registry, String accountId) {
        this.registry = registry;
        this.accountId = accountId;
    }

    @Override
    public long start() {
        return System.nanoTime();
    }

    @Override
    public void succeeded(BandwidthOperation operation, Object body, long start) {
        try {
            OperationMeters meters = meters(operation);
            meters.succeeded.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            if (meters.messages != null) {
                meters.messages.increment();
            }
            if (meters.segments != null && body instanceof BandwidthMessage message
                && message.getSegmentCount() != null) {
                meters.segments.increment(message.getSegmentCount());
            }
        } catch (RuntimeException e) {
            MicrometerMetrics.notRecorded(e);
        }
    }

    @Override
    public void failed(BandwidthOperation operation, Throwable failure, long start) {
        try {
            OperationMeters meters = meters(operation);
            meters.failed.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            meters.failures(FailureKind.of(failure), FailureKind.status(failure)).increment();
        } catch (RuntimeException e) {
            MicrometerMetrics.notRecorded(e);
        }
    }

    @Override
    public BandwidthRateLimiter timed(BandwidthRateLimiter limiter) {
        if (limiter == null) {
            return null;
        }
        try {
            return new TimedRateLimiter(limiter, Timer.builder(RATE_LIMIT_WAIT)
                    .description("How long the rate limiter (maxSegmentsPerSecond) held sends back")
                    .tag("account", accountId)
                    .register(registry));
        } catch (RuntimeException e) {
            MicrometerMetrics.notRecorded(e);
            return limiter;
        }
    }

    private OperationMeters meters(BandwidthOperation operation) {
        int slot = operation == null ? OPERATIONS.length : operation.ordinal();
        // a race makes the same meters twice (the registry hands out the ones it has); final fields publish them
        OperationMeters meters = operations[slot];
        if (meters == null) {
            meters = new OperationMeters(operation);
            operations[slot] = meters;
        }
        return meters;
    }

    /** The meters of one operation. */
    private final class OperationMeters {

        private final String operation;
        private final Timer succeeded;
        private final Timer failed;
        /** {@code null} unless the operation sends messages. */
        private final Counter messages;
        /** {@code null} unless the operation is sendMessage. */
        private final Counter segments;
        /** By kind and HTTP status. */
        private final Map<Integer, Counter> failures = new ConcurrentHashMap<>();

        OperationMeters(BandwidthOperation which) {
            this.operation = which == null ? "unknown" : which.name();
            this.succeeded = latency("success");
            this.failed = latency("failure");
            boolean sends = which == BandwidthOperation.sendMessage || which == BandwidthOperation.sendMultiChannelMessage;
            this.messages = !sends ? null : Counter.builder(MESSAGES_SENT)
                    .description("Messages Bandwidth accepted")
                    .tags("account", accountId, "operation", operation)
                    .register(registry);
            this.segments = which != BandwidthOperation.sendMessage ? null
                    : Counter.builder(SEGMENTS_SENT)
                            .description("Segments of the messages Bandwidth accepted, as Bandwidth counted them")
                            .tag("account", accountId)
                            .register(registry);
        }

        private Timer latency(String outcome) {
            return Timer.builder(SEND_LATENCY)
                    .description("How long an exchange spent in the producer, rate-limit wait and uploads included")
                    .tags("account", accountId, "operation", operation, "outcome", outcome)
                    .register(registry);
        }

        Counter failures(FailureKind kind, int status) {
            return failures.computeIfAbsent(kind.ordinal() * 1000 + status, key -> Counter.builder(SEND_FAILURES)
                    .description("Exchanges that failed, by kind and Bandwidth's HTTP status")
                    .tags("account", accountId, "operation", operation, "kind", kind.tag(),
                            "status", status == 0 ? "none" : Integer.toString(status))
                    .register(registry));
        }
    }

    /** Records each wait the limiter decides; a send the limiter could not decide on is not a wait. */
    private static final class TimedRateLimiter implements BandwidthRateLimiter {

        private final BandwidthRateLimiter limiter;
        private final Timer waits;

        TimedRateLimiter(BandwidthRateLimiter limiter, Timer waits) {
            this.limiter = limiter;
            this.waits = waits;
        }

        @Override
        public CompletableFuture<Long> reserve(String key, int segments, int segmentsPerSecond) {
            CompletableFuture<Long> reserved = limiter.reserve(key, segments, segmentsPerSecond);
            if (reserved.isDone()) {
                // the local limiter answers at once: no further stage per send
                if (!reserved.isCompletedExceptionally()) {
                    record(reserved.join());
                }
                return reserved;
            }
            return reserved.whenComplete((waitNanos, failure) -> {
                if (failure == null) {
                    record(waitNanos);
                }
            });
        }

        private void record(Long waitNanos) {
            try {
                waits.record(waitNanos == null ? 0 : Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
            } catch (RuntimeException e) {
                MicrometerMetrics.notRecorded(e);
            }
        }

        @Override
        public String toString() {
            return limiter.toString();
        }
    }
}

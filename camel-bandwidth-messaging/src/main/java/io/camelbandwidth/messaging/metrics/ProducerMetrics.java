package io.camelbandwidth.messaging.metrics;

import io.camelbandwidth.messaging.BandwidthOperation;
import io.camelbandwidth.messaging.BandwidthRateLimiter;

/**
 * What one producer records: each exchange's outcome and latency, and the waits of its rate limiter. The default
 * methods record nothing ({@link #NONE}).
 */
public interface ProducerMetrics {

    /** Records nothing, and costs nothing: no clock is read. */
    ProducerMetrics NONE = new ProducerMetrics() {
    };

    /** When an exchange started, to hand back to {@link #succeeded} or {@link #failed}; 0 when nothing is timed. */
    default long start() {
        return 0;
    }

    /**
     * An operation succeeded.
     *
     * @param body  what the exchange's body became: for {@code sendMessage}, Bandwidth's answer with its segments
     * @param start what {@link #start()} returned
     */
    default void succeeded(BandwidthOperation operation, Object body, long start) {
    }

    /**
     * An exchange failed.
     *
     * @param operation its operation; {@code null} when the failure came before it was known
     * @param failure   the exception the exchange carries
     * @param start     what {@link #start()} returned
     */
    default void failed(BandwidthOperation operation, Throwable failure, long start) {
    }

    /** The rate limiter, recording how long it holds sends back; {@code null} stays {@code null}. */
    default BandwidthRateLimiter timed(BandwidthRateLimiter limiter) {
        return limiter;
    }
}

package io.camelbandwidth.messaging.send;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spreads sends at a rate of segments per second, the unit Bandwidth's account queue counts in, so that bulk sending
 * stays inside the queue instead of running into 429s. The generic cell rate algorithm (a token bucket holding one
 * second of rate): each send moves a theoretical arrival time on by its segments' share of time, and waits for
 * whatever exceeds one second of burst. It never blocks: it says how long a send should wait.
 */
final class SegmentRateLimiter {

    private final long nanosPerSegment;
    private final long burstNanos = TimeUnit.SECONDS.toNanos(1);
    private final LongSupplier nanoTime;
    private long theoreticalArrival;

    SegmentRateLimiter(int segmentsPerSecond, LongSupplier nanoTime) {
        if (segmentsPerSecond <= 0) {
            throw new IllegalArgumentException("segmentsPerSecond must be positive");
        }
        this.nanosPerSegment = TimeUnit.SECONDS.toNanos(1) / segmentsPerSecond;
        this.nanoTime = nanoTime;
        this.theoreticalArrival = nanoTime.getAsLong();
    }

    /**
     * Reserves the time for sending this many segments.
     *
     * @return how many nanoseconds the send should wait (0: send now)
     */
    synchronized long reserve(int segments) {
        long now = nanoTime.getAsLong();
        theoreticalArrival = Math.max(theoreticalArrival, now) + segments * nanosPerSegment;
        return Math.max(0, theoreticalArrival - now - burstNanos);
    }
}

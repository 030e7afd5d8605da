package io.camelbandwidth.messaging;

import java.util.concurrent.CompletableFuture;

/**
 * Decides when a send may leave so that what an account (or one of its sending numbers) sends stays within a rate in
 * segments per second, the unit Bandwidth's account queue counts. The producer asks before each send and waits the
 * time it is told without holding a thread.
 * <p>
 * The default is local to the component (one JVM). A fleet of instances sharing one Bandwidth account binds a
 * distributed implementation in the registry, or sets it as the option {@code rateLimiter}, so that the fleet as a
 * whole stays within the account's rate.
 */
public interface BandwidthRateLimiter {

    /**
     * Reserves the time for one send.
     *
     * @param  key               what the rate applies to: the account id, or the account id and the sending number
     *                           ({@code 9900000/+15551113333}) with {@code rateLimitPerNumber}
     * @param  segments          what the send costs: its estimated segments times its recipients
     * @param  segmentsPerSecond the rate the endpoint asks for ({@code maxSegmentsPerSecond})
     * @return                   completes with how many nanoseconds the send should wait (0: send now); completes
     *                           exceptionally when the limiter cannot decide (a shared store out of reach), and the
     *                           send then fails as not sent and safe to retry
     */
    CompletableFuture<Long> reserve(String key, int segments, int segmentsPerSecond);
}

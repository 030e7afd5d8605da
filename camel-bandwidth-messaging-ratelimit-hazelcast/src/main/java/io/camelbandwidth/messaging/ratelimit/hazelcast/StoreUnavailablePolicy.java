package io.camelbandwidth.messaging.ratelimit.hazelcast;

/**
 * What a {@link HazelcastRateLimiter} does with a send while the shared store (the Hazelcast cluster) does not answer.
 */
public enum StoreUnavailablePolicy {

    /**
     * The send fails as not sent and safe to retry (the producer raises a retry-safe
     * {@code BandwidthConnectionException}): the account's rate is never exceeded, and nothing is sent while the store
     * is out of reach. Use it when a burst of {@code 429}s or carrier throttling costs more than a pause.
     */
    FAIL_SEND,

    /**
     * The send goes on within a local share of the rate: {@code maxSegmentsPerSecond / fleetSize} in each instance,
     * so that a fleet of {@code fleetSize} instances that all lost the store still stays within the account's rate
     * (a fleet larger than declared exceeds it). Use it when sending late costs more than a few {@code 429}s.
     */
    LOCAL_SHARE
}

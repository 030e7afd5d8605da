package io.camelbandwidth.messaging.ratelimit.hazelcast;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

/**
 * This instance's share of each rate, {@code 1/fleetSize} of it, in local Bucket4j buckets: what a
 * {@link StoreUnavailablePolicy#LOCAL_SHARE} limiter reserves from while the shared store is out of reach.
 */
final class LocalShare {

    private final int fleetSize;
    private final Duration burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LocalShare(int fleetSize, Duration burst) {
        this.fleetSize = fleetSize;
        this.burst = burst;
    }

    int fleetSize() {
        return fleetSize;
    }

    /** @return the nanoseconds the send must wait within this instance's share of {@code segmentsPerSecond} */
    long reserve(String bucketKey, int segments, int segmentsPerSecond) {
        Bucket bucket = buckets.computeIfAbsent(bucketKey, key -> Bucket.builder()
                // rate/fleetSize per second, exactly: the whole rate refills over fleetSize seconds
                .addLimit(limit -> limit.capacity(tokens(segmentsPerSecond, burst.dividedBy(fleetSize)))
                        .refillGreedy(segmentsPerSecond, Duration.ofSeconds(fleetSize)))
                .build());
        return bucket.consumeIgnoringRateLimits(segments);
    }

    /** The segments {@code duration} of the rate holds, at least one. */
    static long tokens(int segmentsPerSecond, Duration duration) {
        return Math.max(1, Math.round(segmentsPerSecond * (duration.toNanos() / 1e9)));
    }
}

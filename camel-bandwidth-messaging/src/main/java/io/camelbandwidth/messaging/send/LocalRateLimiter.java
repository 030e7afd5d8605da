package io.camelbandwidth.messaging.send;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.camelbandwidth.messaging.BandwidthRateLimiter;

/**
 * The default {@link BandwidthRateLimiter}: one {@link SegmentRateLimiter} per key and rate, in this JVM.
 */
public final class LocalRateLimiter implements BandwidthRateLimiter {

    private final Map<String, SegmentRateLimiter> limiters = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public LocalRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public CompletableFuture<Long> reserve(String key, int segments, int segmentsPerSecond) {
        SegmentRateLimiter limiter = limiters.computeIfAbsent(key + '@' + segmentsPerSecond,
                k -> new SegmentRateLimiter(segmentsPerSecond, nanoTime));
        return CompletableFuture.completedFuture(limiter.reserve(segments));
    }

    @Override
    public String toString() {
        return "LocalRateLimiter";
    }
}

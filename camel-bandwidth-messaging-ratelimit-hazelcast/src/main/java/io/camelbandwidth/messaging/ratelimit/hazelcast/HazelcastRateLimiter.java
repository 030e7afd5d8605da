package io.camelbandwidth.messaging.ratelimit.hazelcast;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.hazelcast.core.HazelcastInstance;
import io.camelbandwidth.messaging.BandwidthRateLimiter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BandwidthRateLimiter} shared by every instance of a fleet: one Bucket4j token bucket per account (or
 * sending number) and rate, held in a Hazelcast map, so that the instances together stay within
 * {@code maxSegmentsPerSecond}. Bind it in the registry (the component autowires it) or set it as the endpoint's
 * {@code rateLimiter}:
 *
 * <pre>{@code
 * HazelcastInstance hazelcast = HazelcastClient.newHazelcastClient(clientConfig); // or a member
 * context.getRegistry().bind("rateLimiter", HazelcastRateLimiter.builder(hazelcast)
 *         .whenStoreUnavailable(StoreUnavailablePolicy.LOCAL_SHARE).fleetSize(3)
 *         .build());
 * }</pre>
 *
 * <p>Each send reserves its segments in one atomic entry-processor call on the member owning the bucket, which answers
 * how long the send must wait for them (the reservation is taken at once, so instances queue behind each other and
 * never overtake). No thread waits: the producer schedules the send. The bucket holds {@code burst} of the rate
 * (default one second, as the component's local limiter) and refills continuously; the time is the members' clock.
 *
 * <p>When the store does not answer within {@code storeTimeout}, the {@link StoreUnavailablePolicy} decides; the store
 * is then left alone for {@code storeRetryInterval}, so that an outage costs one timeout, not one per send. The
 * Hazelcast members execute Bucket4j's entry processors: they need the {@code bucket4j_jdk17-core} and
 * {@code bucket4j_jdk17-hazelcast} jars on their class path (embedded members, in the application, have them).
 */
public final class HazelcastRateLimiter implements BandwidthRateLimiter {

    public static final String DEFAULT_MAP_NAME = "bandwidth-rate-limits";
    public static final Duration DEFAULT_BURST = Duration.ofSeconds(1);
    public static final Duration DEFAULT_STORE_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_STORE_RETRY_INTERVAL = Duration.ofSeconds(1);
    /** An idle bucket is full again after {@code burst}; kept this much longer, then removed from the map. */
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastRateLimiter.class);

    private final AsyncProxyManager<String> buckets;
    private final String mapName;
    private final Duration burst;
    private final Duration storeTimeout;
    private final long storeRetryNanos;
    private final StoreUnavailablePolicy whenStoreUnavailable;
    private final LocalShare localShare;
    private final LongSupplier nanoTime;
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private volatile long storeRetryAt;
    private final AtomicLong storeFailures = new AtomicLong();
    private final AtomicLong localReservations = new AtomicLong();

    private HazelcastRateLimiter(Builder builder) {
        this.mapName = builder.mapName;
        this.buckets = Bucket4jHazelcast.<String> entryProcessorBasedBuilder(builder.hazelcast.getMap(mapName))
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                .build()
                .asAsync();
        this.burst = builder.burst;
        this.storeTimeout = builder.storeTimeout;
        this.storeRetryNanos = builder.storeRetryInterval.toNanos();
        this.whenStoreUnavailable = builder.whenStoreUnavailable;
        this.localShare = new LocalShare(builder.fleetSize, builder.burst);
        this.nanoTime = builder.nanoTime;
        commonPoolWarning(ForkJoinPool.getCommonPoolParallelism()).ifPresent(LOG::warn);
    }

    /**
     * Hazelcast completes its futures' callbacks (each reservation's answer) on the JDK's common pool, or on a new
     * thread per callback when that pool has fewer than two threads, which is its default on one or two CPUs: measured
     * at about three threads and over a millisecond of CPU per reservation.
     */
    static Optional<String> commonPoolWarning(int commonPoolParallelism) {
        if (commonPoolParallelism >= 2) {
            return Optional.empty();
        }
        return Optional.of("The JDK's common pool has " + commonPoolParallelism + " thread(s) here, so Hazelcast starts "
                           + "a new thread for every callback: several per send. Start this JVM with "
                           + "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2 (docs/scaling.md)");
    }

    /**
     * @param  hazelcast a member or a client of the cluster that holds the buckets; its lifecycle stays the caller's
     * @return           a builder with the defaults: map {@value #DEFAULT_MAP_NAME}, a burst of one second, a store
     *                   timeout of two seconds, a retry interval of one second,
     *                   {@link StoreUnavailablePolicy#FAIL_SEND}
     */
    public static Builder builder(HazelcastInstance hazelcast) {
        return new Builder(hazelcast);
    }

    @Override
    public CompletableFuture<Long> reserve(String key, int segments, int segmentsPerSecond) {
        if (segments < 1 || segmentsPerSecond < 1) {
            throw new IllegalArgumentException("segments and segmentsPerSecond must be positive");
        }
        // instances asking for different rates (a rolling change) must not share a bucket built for another rate
        String bucketKey = key + '@' + segmentsPerSecond;
        if (storeDown.get() && nanoTime.getAsLong() - storeRetryAt < 0) {
            return unavailable(bucketKey, segments, segmentsPerSecond, null);
        }
        CompletableFuture<Long> shared;
        try {
            shared = buckets.builder()
                    .build(bucketKey, () -> CompletableFuture.completedFuture(configuration(segmentsPerSecond)))
                    .consumeIgnoringRateLimits(segments);
        } catch (RuntimeException e) {
            // a client that shut itself down throws instead of failing the future
            shared = CompletableFuture.failedFuture(e);
        }
        return shared.copy().orTimeout(storeTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((nanos, failure) -> failure == null
                        ? CompletableFuture.completedFuture(storeAnswered(nanos))
                        : unavailable(bucketKey, segments, segmentsPerSecond, failure))
                .thenCompose(reserved -> reserved);
    }

    private BucketConfiguration configuration(int segmentsPerSecond) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(LocalShare.tokens(segmentsPerSecond, burst))
                        .refillGreedy(segmentsPerSecond, Duration.ofSeconds(1)))
                .build();
    }

    private long storeAnswered(long nanos) {
        if (storeDown.compareAndSet(true, false)) {
            LOG.info("The shared rate store (Hazelcast map '{}') answers again: sends share the fleet's rate", mapName);
        }
        return nanos;
    }

    private CompletableFuture<Long> unavailable(String bucketKey, int segments, int segmentsPerSecond,
                                                Throwable failure) {
        if (failure != null) {
            storeFailures.incrementAndGet();
            storeRetryAt = nanoTime.getAsLong() + storeRetryNanos;
            if (storeDown.compareAndSet(false, true)) {
                LOG.warn("The shared rate store (Hazelcast map '{}') did not answer within {} ms ({}): {} for at least"
                         + " {} ms", mapName, storeTimeout.toMillis(), cause(failure).getClass().getSimpleName(),
                        whenStoreUnavailable == StoreUnavailablePolicy.FAIL_SEND
                                ? "sends fail as not sent"
                                : "sends use this instance's share of the rate (1/" + localShare.fleetSize() + ")",
                        TimeUnit.NANOSECONDS.toMillis(storeRetryNanos));
            }
        }
        if (whenStoreUnavailable == StoreUnavailablePolicy.LOCAL_SHARE) {
            localReservations.incrementAndGet();
            return CompletableFuture.completedFuture(localShare.reserve(bucketKey, segments, segmentsPerSecond));
        }
        return CompletableFuture.failedFuture(new RateStoreUnavailableException(
                "The shared rate store (Hazelcast map '" + mapName + "') is out of reach; nothing was reserved",
                failure == null ? null : cause(failure)));
    }

    private static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
               && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** @return how many reservations found the store out of reach (timed out or failed) since this limiter was built */
    public long storeFailures() {
        return storeFailures.get();
    }

    /** @return how many reservations were made in the local share instead of the store ({@code LOCAL_SHARE}) */
    public long localReservations() {
        return localReservations.get();
    }

    /** @return true while the store is considered out of reach (since its last failure, for the retry interval) */
    public boolean isStoreDown() {
        return storeDown.get();
    }

    @Override
    public String toString() {
        return "HazelcastRateLimiter[map=" + mapName + ", burst=" + burst + ", whenStoreUnavailable="
               + whenStoreUnavailable + "]";
    }

    /** Configures a {@link HazelcastRateLimiter}. */
    public static final class Builder {

        private final HazelcastInstance hazelcast;
        private String mapName = DEFAULT_MAP_NAME;
        private Duration burst = DEFAULT_BURST;
        private Duration storeTimeout = DEFAULT_STORE_TIMEOUT;
        private Duration storeRetryInterval = DEFAULT_STORE_RETRY_INTERVAL;
        private StoreUnavailablePolicy whenStoreUnavailable = StoreUnavailablePolicy.FAIL_SEND;
        private int fleetSize = 1;
        private LongSupplier nanoTime = System::nanoTime;

        private Builder(HazelcastInstance hazelcast) {
            this.hazelcast = Objects.requireNonNull(hazelcast, "hazelcast");
        }

        /**
         * @param  mapName the Hazelcast map holding the buckets (default {@value #DEFAULT_MAP_NAME}); every instance of
         *                 the fleet must use the same; give it a backup count of at least 1 on the members
         * @return         this builder
         */
        public Builder mapName(String mapName) {
            if (Objects.requireNonNull(mapName, "mapName").isBlank()) {
                throw new IllegalArgumentException("mapName must not be blank");
            }
            this.mapName = mapName;
            return this;
        }

        /**
         * @param  burst how much of the rate may go at once after a pause (default one second, as the component's
         *               local limiter: with rate R, any window of T seconds carries at most {@code R * (burst + T)}
         *               segments); a shorter burst smooths the sends at the account, at least one segment
         * @return       this builder
         */
        public Builder burst(Duration burst) {
            if (Objects.requireNonNull(burst, "burst").isNegative() || burst.isZero()) {
                throw new IllegalArgumentException("burst must be positive: " + burst);
            }
            this.burst = burst;
            return this;
        }

        /**
         * @param  timeout how long a reservation waits for the store before the {@link #whenStoreUnavailable policy}
         *                 applies (default two seconds: the first reservation of a bucket in a fresh JVM, or one
         *                 during a partition migration, may take a second); a Hazelcast client's own invocation
         *                 timeout is two minutes
         * @return         this builder
         */
        public Builder storeTimeout(Duration timeout) {
            this.storeTimeout = positive(timeout, "storeTimeout");
            return this;
        }

        /**
         * @param  interval how long the store is left alone after it failed to answer (default one second): sends
         *                  meanwhile follow the policy at once instead of waiting for another timeout each
         * @return          this builder
         */
        public Builder storeRetryInterval(Duration interval) {
            this.storeRetryInterval = positive(interval, "storeRetryInterval");
            return this;
        }

        /**
         * @param  policy what a send does while the store is out of reach (default
         *                {@link StoreUnavailablePolicy#FAIL_SEND})
         * @return        this builder
         */
        public Builder whenStoreUnavailable(StoreUnavailablePolicy policy) {
            this.whenStoreUnavailable = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param  instances how many instances share the rate, for {@link StoreUnavailablePolicy#LOCAL_SHARE}: each
         *                   then sends at most {@code 1/instances} of the rate while the store is out of reach
         *                   (default 1: the whole rate, right only for a single instance)
         * @return           this builder
         */
        public Builder fleetSize(int instances) {
            if (instances < 1) {
                throw new IllegalArgumentException("fleetSize must be at least 1: " + instances);
            }
            this.fleetSize = instances;
            return this;
        }

        /** For tests: the clock of the retry interval. */
        Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
            return this;
        }

        /** @return a limiter with these settings; it uses the instance's map from the first reservation on */
        public HazelcastRateLimiter build() {
            return new HazelcastRateLimiter(this);
        }

        private static Duration positive(Duration value, String name) {
            if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}

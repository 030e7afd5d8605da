package io.camelbandwidth.messaging.ratelimit.hazelcast;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared bucket on a real two-member Hazelcast cluster: two limiters, each on its own member as two instances of a
 * fleet would be, reserve from one bucket.
 */
@ExtendWith(SharedCluster.class)
class HazelcastRateLimiterTest {


    private static String account() {
        return "acct-" + UUID.randomUUID();
    }

    private static long millis(CompletableFuture<Long> reservation) throws Exception {
        return TimeUnit.NANOSECONDS.toMillis(reservation.get(5, TimeUnit.SECONDS));
    }

    @Test
    void instancesOnDifferentMembersReserveFromOneBucket() throws Exception {
        HazelcastRateLimiter first = HazelcastRateLimiter.builder(SharedCluster.member1()).build();
        HazelcastRateLimiter second = HazelcastRateLimiter.builder(SharedCluster.member2()).build();
        String account = account();

        assertEquals(0, millis(first.reserve(account, 10, 10)), "a second of burst, at once");
        long secondWaits = millis(second.reserve(account, 50, 10));
        long firstWaits = millis(first.reserve(account, 10, 10));

        // the other instance queues behind what the first one took, and the first behind the other's 5 seconds
        assertTrue(secondWaits > 4000 && secondWaits <= 5000, "waits " + secondWaits + " ms");
        assertTrue(firstWaits > secondWaits + 500 && firstWaits <= 6000, "waits " + firstWaits + " ms");
    }

    /**
     * Hazelcast completes the callbacks of its futures on the JDK's common pool, or on a new thread per callback where
     * that pool has fewer than two threads (its default on one or two CPUs). The module's tests run with the two
     * threads that docs/scaling.md asks for; with them, reserving costs no thread.
     */
    @Test
    void reservingStartsNoThreadPerReservation() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(SharedCluster.member1()).build();
        String account = account();
        millis(limiter.reserve(account, 1, 1_000_000)); // the bucket, its configuration and the classes in place
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long startedBefore = threads.getTotalStartedThreadCount();
        List<CompletableFuture<Long>> reservations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            reservations.add(limiter.reserve(account, 1, 1_000_000));
        }
        for (CompletableFuture<Long> reservation : reservations) {
            millis(reservation);
        }
        long started = threads.getTotalStartedThreadCount() - startedBefore;

        assertTrue(started < 10, started + " threads started for 200 reservations");
    }

    @Test
    void aCommonPoolOfOneThreadIsWarnedAboutWithTheFlagThatFixesIt() {
        assertTrue(HazelcastRateLimiter.commonPoolWarning(1).orElseThrow()
                .contains("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"));
        assertTrue(HazelcastRateLimiter.commonPoolWarning(2).isEmpty());
    }

    @Test
    void aSendCostingMoreThanTheBurstWaitsForAllItsSegments() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(SharedCluster.member1()).build();
        String account = account();

        long wait = millis(limiter.reserve(account, 30, 10));

        assertTrue(wait > 1750 && wait <= 2000, "10 at once, 20 more at 10/s: " + wait + " ms");
    }

    @Test
    void reservingReturnsAtOnceHoweverLongTheSendMustWait() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(SharedCluster.member1()).build();
        String account = account();
        limiter.reserve(account, 100, 10).get(5, TimeUnit.SECONDS);

        long start = System.nanoTime();
        long wait = millis(limiter.reserve(account, 10, 10));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(wait > 9000, "the answer is the wait: " + wait + " ms");
        assertTrue(took < 1000, "not waited for: the reservation took " + took + " ms");
    }

    @Test
    void eachRateHasItsOwnBucket() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(SharedCluster.member1()).build();
        String account = account();

        assertEquals(0, millis(limiter.reserve(account, 10, 10)));
        assertTrue(millis(limiter.reserve(account, 50, 10)) > 0, "5 seconds of debt");
        assertEquals(0, millis(limiter.reserve(account, 20, 20)), "another rate, another bucket");
        assertEquals(0, millis(limiter.reserve(account + "/+15551113333", 10, 10)), "another key, another bucket");
        assertTrue(millis(limiter.reserve(account, 1, 10)) > 4000, "the first bucket still owes");
    }

    @Test
    void aShorterBurstLetsLessGoAtOnce() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(SharedCluster.member1())
                .burst(Duration.ofMillis(100)).build();
        String account = account();

        assertEquals(0, millis(limiter.reserve(account, 10, 100)), "a tenth of a second of 100/s");
        long wait = millis(limiter.reserve(account, 10, 100));

        assertTrue(wait > 0 && wait <= 100, "waits " + wait + " ms");
    }

    @Test
    void aDifferentMapIsAnotherSetOfBuckets() throws Exception {
        String account = account();
        HazelcastRateLimiter first = HazelcastRateLimiter.builder(SharedCluster.member1()).build();
        HazelcastRateLimiter other = HazelcastRateLimiter.builder(SharedCluster.member2())
                .mapName("other-rates").build();

        assertEquals(0, millis(first.reserve(account, 10, 10)));
        assertEquals(0, millis(other.reserve(account, 10, 10)));
    }

    @Test
    void settingsAreChecked() {
        HazelcastRateLimiter.Builder builder = HazelcastRateLimiter.builder(SharedCluster.member1());
        assertThrows(IllegalArgumentException.class, () -> builder.burst(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.storeTimeout(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> builder.storeRetryInterval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.fleetSize(0));
        assertThrows(IllegalArgumentException.class, () -> builder.mapName(" "));
        assertThrows(NullPointerException.class, () -> HazelcastRateLimiter.builder(null));
        assertThrows(IllegalArgumentException.class, () -> builder.build().reserve("acct", 0, 10));
    }
}

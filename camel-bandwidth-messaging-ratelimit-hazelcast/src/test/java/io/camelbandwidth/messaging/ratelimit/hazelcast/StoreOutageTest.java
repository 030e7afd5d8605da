package io.camelbandwidth.messaging.ratelimit.hazelcast;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instance that reaches the cluster as a Hazelcast client, and the cluster goes away: the policy decides, and the
 * store is used again once it answers.
 */
class StoreOutageTest {

    static final Duration STORE_TIMEOUT = Duration.ofMillis(300);

    String cluster;
    int port;
    HazelcastInstance member;
    HazelcastInstance client;

    @BeforeEach
    void startMemberAndClient() {
        cluster = "outage-" + UUID.randomUUID();
        port = LoopbackHazelcast.freePort();
        member = LoopbackHazelcast.member(cluster, port, List.of(port));
        client = LoopbackHazelcast.client(cluster, port, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        client.shutdown();
        if (member != null) {
            member.getLifecycleService().terminate();
        }
    }

    private void loseTheCluster() {
        member.getLifecycleService().terminate();
        member = null;
    }

    private static long millis(CompletableFuture<Long> reservation) throws Exception {
        return TimeUnit.NANOSECONDS.toMillis(reservation.get(5, TimeUnit.SECONDS));
    }

    @Test
    void failSendFailsTheReservationWithinTheStoreTimeoutThenAtOnce() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(client).storeTimeout(STORE_TIMEOUT)
                .storeRetryInterval(Duration.ofSeconds(30)).build();
        assertEquals(0, millis(limiter.reserve("acct", 1, 10)), "the store answers");
        loseTheCluster();

        long start = System.nanoTime();
        ExecutionException first = assertThrows(ExecutionException.class,
                () -> limiter.reserve("acct", 1, 10).get(5, TimeUnit.SECONDS));
        long firstTook = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        start = System.nanoTime();
        ExecutionException second = assertThrows(ExecutionException.class,
                () -> limiter.reserve("acct", 1, 10).get(5, TimeUnit.SECONDS));
        long secondTook = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertInstanceOf(RateStoreUnavailableException.class, first.getCause());
        assertInstanceOf(RateStoreUnavailableException.class, second.getCause());
        // at once when the client knows its connection is gone, else after the store timeout; never Hazelcast's 5 s
        assertTrue(firstTook < 2000, "failed after " + firstTook + " ms");
        assertTrue(secondTook < 200, "within the retry interval the store is not waited for: " + secondTook + " ms");
        assertEquals(1, limiter.storeFailures());
        assertTrue(limiter.isStoreDown());
    }

    @Test
    void localShareKeepsSendingAtTheInstancesShareOfTheRate() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(client).storeTimeout(STORE_TIMEOUT)
                .storeRetryInterval(Duration.ofSeconds(30))
                .whenStoreUnavailable(StoreUnavailablePolicy.LOCAL_SHARE).fleetSize(4).build();
        loseTheCluster();

        // 40/s in a fleet of 4: this instance may send 10/s, a burst of 10
        assertEquals(0, millis(limiter.reserve("acct", 10, 40)));
        long wait = millis(limiter.reserve("acct", 5, 40));

        assertTrue(wait > 350 && wait <= 500, "5 more at 10/s: " + wait + " ms");
        assertEquals(2, limiter.localReservations());
    }

    @Test
    void theStoreIsUsedAgainOnceItAnswers() throws Exception {
        HazelcastRateLimiter limiter = HazelcastRateLimiter.builder(client).storeTimeout(STORE_TIMEOUT)
                .storeRetryInterval(Duration.ofMillis(200))
                .whenStoreUnavailable(StoreUnavailablePolicy.LOCAL_SHARE).fleetSize(2).build();
        loseTheCluster();
        millis(limiter.reserve("acct", 1, 10));
        assertTrue(limiter.isStoreDown());

        member = LoopbackHazelcast.member(cluster, port, List.of(port)); // the client reconnects by itself
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (limiter.isStoreDown() && System.nanoTime() < deadline) {
            millis(limiter.reserve("acct", 1, 10));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50)); // polls: each try may be in the local share
        }

        assertFalse(limiter.isStoreDown(), "the store answers again");
        long local = limiter.localReservations();
        millis(limiter.reserve("acct", 1, 10));
        assertEquals(local, limiter.localReservations(), "reserved in the store");
    }
}

package io.camelbandwidth.messaging.send;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentRateLimiterTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aSecondOfRateGoesAtOnceThenSendsAreSpread() {
        AtomicLong clock = new AtomicLong(5 * SECOND);
        SegmentRateLimiter limiter = new SegmentRateLimiter(10, clock::get);

        for (int i = 0; i < 10; i++) {
            assertEquals(0, limiter.reserve(1), "the first second's worth goes at once: #" + i);
        }
        assertEquals(SECOND / 10, limiter.reserve(1));
        assertEquals(SECOND / 10 * 4, limiter.reserve(3), "a 3-segment message reserves three shares");
    }

    @Test
    void idleTimeEarnsAtMostOneSecondOfBurst() {
        AtomicLong clock = new AtomicLong(0);
        SegmentRateLimiter limiter = new SegmentRateLimiter(5, clock::get);
        clock.addAndGet(60 * SECOND);

        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.reserve(1));
        }
        assertEquals(SECOND / 5, limiter.reserve(1), "a minute of idling is not a minute of burst");
    }

    @Test
    void waitingShrinksAsTimePasses() {
        AtomicLong clock = new AtomicLong(0);
        SegmentRateLimiter limiter = new SegmentRateLimiter(2, clock::get);
        limiter.reserve(2);
        assertEquals(SECOND / 2, limiter.reserve(1));

        clock.addAndGet(SECOND);
        assertEquals(0, limiter.reserve(1));
    }
}

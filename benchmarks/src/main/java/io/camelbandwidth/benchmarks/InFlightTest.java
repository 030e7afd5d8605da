package io.camelbandwidth.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * N messages sent at once while the server holds every answer for a while: how much heap each message in flight
 * retains, whether threads grow with the load, and how long the pool (at most 100 connections per route) takes to
 * work through them. Requests beyond the pool wait for a connection, up to {@code connectionRequestTimeout}.
 */
final class InFlightTest {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    record Result(String key, int messages, long delayMillis, long inFlightAtPeak, long heapBeforeBytes,
                  long heapPeakBytes, long heapAfterBytes, int threadsBefore, int threadsPeak, long submitMillis,
                  long drainMillis, long maxLatencyMillis, long succeeded, Map<String, Long> failures) {

        double retainedBytesPerMessage() {
            return (double) (heapPeakBytes - heapBeforeBytes) / Math.max(1, inFlightAtPeak);
        }
    }

    private InFlightTest() {
    }

    static Result run(Variant variant, ServerProcess server, int messages, long delayMillis) throws Exception {
        server.command("reset");
        server.command("delay " + delayMillis + " " + messages);
        long heapBefore = usedHeapAfterGc();
        int threadsBefore = Thread.activeCount();

        CountDownLatch done = new CountDownLatch(messages);
        LongAdder succeeded = new LongAdder();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        AtomicLong maxLatency = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            long sent = System.nanoTime();
            variant.send(1_000_000_000L + i, failure -> {
                long latency = System.nanoTime() - sent;
                maxLatency.accumulateAndGet(latency, Math::max);
                if (failure == null) {
                    succeeded.increment();
                } else {
                    failures.computeIfAbsent(failure.getClass().getSimpleName(), k -> new LongAdder()).increment();
                }
                done.countDown();
            });
        }
        long submitted = System.nanoTime();
        long heapPeak = usedHeapAfterGc();
        long inFlight = done.getCount();
        int threadsPeak = Thread.activeCount();

        long timeoutMillis = 60_000 + messages * delayMillis / 50;
        if (!done.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(variant.key() + ": " + done.getCount() + " of " + messages
                                            + " messages never completed");
        }
        long drained = System.nanoTime();
        long heapAfter = usedHeapAfterGc();
        server.command("reset");
        Map<String, Long> failureCounts = new TreeMap<>();
        failures.forEach((k, v) -> failureCounts.put(k, v.sum()));
        return new Result(variant.key(), messages, delayMillis, inFlight, heapBefore, heapPeak, heapAfter,
                threadsBefore, threadsPeak, TimeUnit.NANOSECONDS.toMillis(submitted - start),
                TimeUnit.NANOSECONDS.toMillis(drained - start), TimeUnit.NANOSECONDS.toMillis(maxLatency.get()),
                succeeded.sum(), failureCounts);
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}

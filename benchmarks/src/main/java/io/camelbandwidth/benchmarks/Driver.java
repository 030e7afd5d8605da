package io.camelbandwidth.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed loop: {@code concurrency} messages always in flight, each completion sends the next one (a
 * {@linkplain Variant#blocking() blocking} variant: {@code concurrency} threads, each sending one message after the
 * other). Runs for a settle time (not measured), then measures for a fixed time: completions, latencies, the client
 * process's CPU time and the bytes its threads allocated, and the server process's CPU time (and allocation, when it
 * reports it); then stops and waits for the last answers.
 */
final class Driver {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final AtomicLong SEQ = new AtomicLong();
    /** A send completed synchronously many times in a row (e.g. failing at once) goes on here, not deeper. */
    private static final ExecutorService OFFLOAD = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "driver-offload");
        thread.setDaemon(true);
        return thread;
    });
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** What one measured run gave. */
    record Result(String key, int concurrency, int round, long completed, long failed, String firstFailure,
                  long wallNanos, long clientCpuNanos, long jitCpuNanos, long allocatedBytes, long serverCpuNanos,
                  long serverAllocatedBytes, long[] latencies) {

        double throughput() {
            return completed / (wallNanos / 1e9);
        }

        double cpuMicrosPerMessage() {
            return clientCpuNanos / 1e3 / Math.max(1, completed);
        }

        /** Client CPU without the JIT compiler threads: what the messages cost once the code is compiled. */
        double cpuMicrosPerMessageWithoutJit() {
            return (clientCpuNanos - Math.max(0, jitCpuNanos)) / 1e3 / Math.max(1, completed);
        }

        double allocatedKbPerMessage() {
            return allocatedBytes / 1024.0 / Math.max(1, completed);
        }

        double clientCpuShare() {
            return (double) clientCpuNanos / wallNanos;
        }

        double serverCpuShare() {
            return serverCpuNanos < 0 ? Double.NaN : (double) serverCpuNanos / wallNanos;
        }

        double serverAllocatedKbPerMessage() {
            return serverAllocatedBytes < 0 ? Double.NaN : serverAllocatedBytes / 1024.0 / Math.max(1, completed);
        }

        double serverCpuMicrosPerMessage() {
            return serverCpuNanos < 0 ? Double.NaN : serverCpuNanos / 1e3 / Math.max(1, completed);
        }
    }

    private Driver() {
    }

    /** @param server the process whose CPU (and allocation) is measured along, or {@code null} */
    static Result run(Variant variant, int concurrency, int round, long settleMillis, long measureMillis,
                      ServerProcess server) throws InterruptedException {
        Loop loop = new Loop(variant, (int) Math.min(4_000_000, Math.max(10_000, measureMillis * 100)));
        Thread[] callers = new Thread[variant.blocking() ? concurrency : 0];
        for (int i = 0; i < callers.length; i++) {
            callers[i] = new Thread(() -> {
                while (loop.running) {
                    loop.issue();
                }
            }, "driver-caller-" + i);
            callers[i].setDaemon(true);
            callers[i].start();
        }
        for (int i = callers.length == 0 ? 0 : concurrency; i < concurrency; i++) {
            loop.issue();
        }
        Thread.sleep(settleMillis);

        long serverAllocatedBefore = server == null ? -1 : server.allocatedBytes();
        Map<Long, Long> allocatedBefore = allocatedByThread();
        Map<String, long[]> threadsBefore = ThreadCpu.snapshot();
        long serverBefore = server == null ? -1 : server.cpuNanos();
        long cpuBefore = OS.getProcessCpuTime();
        long start = System.nanoTime();
        loop.measuring = true;
        Thread.sleep(measureMillis);
        loop.measuring = false;
        long wall = System.nanoTime() - start;
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        long serverCpu = server == null || serverBefore < 0 ? -1 : server.cpuNanos() - serverBefore;
        long allocated = allocatedSince(allocatedBefore);
        long jit = ThreadCpu.jitNanos(threadsBefore, ThreadCpu.snapshot());
        long serverAllocatedAfter = server == null ? -1 : server.allocatedBytes();
        long serverAllocated = serverAllocatedBefore < 0 || serverAllocatedAfter < 0 ? -1
                : serverAllocatedAfter - serverAllocatedBefore;

        loop.running = false;
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (Thread caller : callers) {
            caller.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        while (loop.inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (loop.inFlight.get() > 0) {
            throw new IllegalStateException(variant.key() + ": " + loop.inFlight.get() + " messages never completed");
        }
        int recorded = Math.min(loop.latencyCount.get(), loop.latencies.length);
        long[] latencies = Arrays.copyOf(loop.latencies, recorded);
        Arrays.sort(latencies);
        Throwable failure = loop.firstFailure.get();
        return new Result(variant.key(), concurrency, round, loop.completed.sum(), loop.failed.sum(),
                failure == null ? null : failure.toString(), wall, cpu, jit, allocated, serverCpu, serverAllocated,
                latencies);
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static Map<Long, Long> allocatedByThread() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /** Bytes allocated since the snapshot by threads alive now (a thread that ended meanwhile is not counted). */
    static long allocatedSince(Map<Long, Long> before) {
        long total = 0;
        for (Map.Entry<Long, Long> now : allocatedByThread().entrySet()) {
            total += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return total;
    }

    private static final class Loop {
        private final Variant variant;
        private final long[] latencies;
        private final AtomicInteger latencyCount = new AtomicInteger();
        private final LongAdder completed = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private final AtomicLong inFlight = new AtomicLong();
        private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        private volatile boolean running = true;
        private volatile boolean measuring;

        Loop(Variant variant, int latencyCapacity) {
            this.variant = variant;
            this.latencies = new long[latencyCapacity];
        }

        void issue() {
            inFlight.incrementAndGet();
            long started = System.nanoTime();
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                variant.send(SEQ.getAndIncrement(), failure -> done(started, failure));
            } catch (RuntimeException e) {
                done(started, e);
            } finally {
                depth[0]--;
            }
        }

        private void done(long started, Throwable failure) {
            long latency = System.nanoTime() - started;
            if (failure != null) {
                firstFailure.compareAndSet(null, failure);
            }
            if (measuring) {
                if (failure == null) {
                    completed.increment();
                    int index = latencyCount.getAndIncrement();
                    if (index < latencies.length) {
                        latencies[index] = latency;
                    }
                } else {
                    failed.increment();
                }
            }
            inFlight.decrementAndGet();
            if (running && !variant.blocking()) {
                if (DEPTH.get()[0] > 16) {
                    OFFLOAD.execute(this::issue);
                } else {
                    issue();
                }
            }
        }
    }
}

package io.camelbandwidth.simulator;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the simulator's threads and makes them daemons, so that a simulator never keeps a JVM alive. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** @return a factory of daemon threads named {@code {prefix}-1}, {@code {prefix}-2}, ... */
    static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

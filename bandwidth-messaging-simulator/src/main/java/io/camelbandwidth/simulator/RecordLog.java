package io.camelbandwidth.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A thread-safe, bounded log of records (oldest dropped first) that counts every record ever added since the last
 * {@link #clear()} and lets a caller wait for a count.
 *
 * @param <T> the record type
 */
final class RecordLog<T> {

    private final String what;
    private final int limit;
    private final ArrayDeque<T> records = new ArrayDeque<>();
    private long total;

    /**
     * @param what  a plural noun for error messages, e.g. "accepted messages"
     * @param limit the most records kept; 0 keeps none (only counts)
     */
    RecordLog(String what, int limit) {
        this.what = what;
        this.limit = limit;
    }

    synchronized void add(T record) {
        total++;
        if (limit > 0) {
            if (records.size() == limit) {
                records.removeFirst();
            }
            records.addLast(record);
        }
        notifyAll();
    }

    synchronized List<T> snapshot() {
        return List.copyOf(records);
    }

    synchronized long total() {
        return total;
    }

    synchronized void clear() {
        records.clear();
        total = 0;
        notifyAll();
    }

    /**
     * Waits until at least {@code count} records were added, then returns the kept records.
     *
     * @throws IllegalStateException on timeout or interruption
     */
    synchronized List<T> await(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (total < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("Timed out after " + timeout + " waiting for " + count + " "
                            + what + "; got " + total);
                }
                long millis = Math.max(1, left / 1_000_000);
                wait(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + count + " " + what, e);
        }
        return List.copyOf(records);
    }
}

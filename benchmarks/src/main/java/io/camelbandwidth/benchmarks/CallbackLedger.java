package io.camelbandwidth.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The last step of every callback route in the benchmark: records that an event was processed, once per event number
 * (the digits after the last {@code -} of its message id), and on which thread. The load generator numbers the
 * events of each route from 0, so the ledger can tell events processed twice and events missing.
 */
final class CallbackLedger implements Processor {

    private static final int CHUNK_BITS = 1 << 20;

    private final Function<Exchange, String> messageId;
    private final AtomicReferenceArray<AtomicLongArray> chunks = new AtomicReferenceArray<>(4096);
    private final LongAdder processed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder unreadable = new LongAdder();
    private final Map<String, LongAdder> threads = new ConcurrentHashMap<>();
    private final ThreadLocal<LongAdder> threadCount = new ThreadLocal<>();

    /** @param messageId the message id of the event on the exchange, or {@code null} */
    CallbackLedger(Function<Exchange, String> messageId) {
        this.messageId = messageId;
    }

    @Override
    public void process(Exchange exchange) {
        LongAdder count = threadCount.get();
        if (count == null) { // the thread's first event: find its group once
            count = threads.computeIfAbsent(Thread.currentThread().getName().replaceAll("[0-9]+", "N"),
                    group -> new LongAdder());
            threadCount.set(count);
        }
        count.increment();
        processed.increment();
        String id = messageId.apply(exchange);
        long event;
        try {
            event = Long.parseLong(id, id.lastIndexOf('-') + 1, id.length(), 10);
        } catch (RuntimeException e) {
            unreadable.increment();
            return;
        }
        if (!mark(event)) {
            duplicates.increment();
        }
    }

    /** Sets the event's bit; false if it was set already. */
    private boolean mark(long event) {
        int index = (int) (event / CHUNK_BITS);
        AtomicLongArray chunk = chunks.get(index);
        if (chunk == null) {
            chunks.compareAndSet(index, null, new AtomicLongArray(CHUNK_BITS / 64));
            chunk = chunks.get(index);
        }
        int bit = (int) (event % CHUNK_BITS);
        long mask = 1L << (bit & 63);
        long before = chunk.getAndAccumulate(bit >>> 6, mask, (old, m) -> old | m);
        return (before & mask) == 0;
    }

    /** How many distinct event numbers were marked. */
    private long distinct() {
        long total = 0;
        for (int i = 0; i < chunks.length(); i++) {
            AtomicLongArray chunk = chunks.get(i);
            if (chunk != null) {
                for (int j = 0; j < chunk.length(); j++) {
                    total += Long.bitCount(chunk.get(j));
                }
            }
        }
        return total;
    }

    /**
     * {@code processed=.. distinct=.. duplicates=.. unreadable=.. eventLoop=.. threads=group:count,...}, where a group
     * is a thread name with its digits replaced by N and eventLoop counts the events on Vert.x event-loop threads.
     */
    String stats() {
        Map<String, Long> byThread = new TreeMap<>();
        threads.forEach((group, count) -> byThread.put(group, count.sum()));
        long onEventLoop = byThread.entrySet().stream().filter(e -> e.getKey().toLowerCase().contains("eventloop"))
                .mapToLong(Map.Entry::getValue).sum();
        StringBuilder names = new StringBuilder();
        byThread.forEach((name, count) -> names.append(names.length() == 0 ? "" : ",").append(name.replace(' ', '_'))
                .append(':').append(count));
        return "processed=" + processed.sum() + " distinct=" + distinct() + " duplicates=" + duplicates.sum()
               + " unreadable=" + unreadable.sum() + " eventLoop=" + onEventLoop + " threads=" + names;
    }
}

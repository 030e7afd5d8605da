package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Sends one exchange per tag into a route with at most {@code concurrency} exchanges in flight, the way an async
 * consumer drives a route: no thread per exchange and no sleeping. Every exchange must finish before the
 * deadline, or the send fails: that is how the tests prove that no exchange hangs.
 */
final class ConcurrentSender {

    static final String ELAPSED_NANOS = "FaultTestElapsedNanos";

    private ConcurrentSender() {
    }

    /**
     * @return the finished exchanges by tag; each carries its time from send to completion in {@link #ELAPSED_NANOS}
     */
    static Map<String, Exchange> send(CamelContext context, String uri, Collection<String> tags, int concurrency,
                                      Duration deadline) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        ServiceHelper.startService(producer);
        try {
            Map<String, Exchange> finished = new ConcurrentHashMap<>();
            Semaphore inFlight = new Semaphore(concurrency);
            CountDownLatch done = new CountDownLatch(tags.size());
            long end = System.nanoTime() + deadline.toNanos();
            for (String tag : tags) {
                if (!inFlight.tryAcquire(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new AssertionError("exchanges hang: no slot freed before the deadline of " + deadline
                                             + "; " + finished.size() + " of " + tags.size() + " finished");
                }
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody("Fault tolerance check " + tag);
                exchange.getMessage().setHeader(BandwidthSmsConstants.TAG, tag);
                long started = System.nanoTime();
                producer.process(exchange, doneSync -> {
                    exchange.setProperty(ELAPSED_NANOS, System.nanoTime() - started);
                    finished.put(tag, exchange);
                    inFlight.release();
                    done.countDown();
                });
            }
            if (!done.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("exchanges hang: " + done.getCount() + " of " + tags.size()
                                         + " did not finish within " + deadline);
            }
            return finished;
        } finally {
            ServiceHelper.stopService(producer);
        }
    }

    static long elapsedMillis(Exchange exchange) {
        return TimeUnit.NANOSECONDS.toMillis(exchange.getProperty(ELAPSED_NANOS, Long.class));
    }
}

package io.camelbandwidth.messaging;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.AsyncProducer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * maxSegmentsPerSecond spreads a burst of sends over time, counting segments times recipients.
 */
class SegmentRateLimitTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&maxSegmentsPerSecond=20"));
                from("direct:held").to(bandwidth.oauthUri("from=" + FROM + "&maxSegmentsPerSecond=100"
                                                          + "&completionOnIoThread=true"));
                from("direct:custom").to(bandwidth.oauthUri("from=" + FROM + "&maxSegmentsPerSecond=7"
                                                            + "&rateLimitPerNumber=true&rateLimiter=#recording"));
                from("direct:unreachable").to(bandwidth.oauthUri("from=" + FROM + "&maxSegmentsPerSecond=7"
                                                                 + "&rateLimiter=#unreachable"));
            }
        };
    }

    @Test
    void aBurstBeyondOneSecondOfRateIsSpreadNotRefused() {
        // a token first, so that its request does not eat into the spread measured (1 segment of the rate)
        assertNull(template.request("direct:send", e -> {
            e.getMessage().setBody("warm-up");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
        }).getException());
        bandwidth.simulator().reset();
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            // one segment to two recipients: 2 segments each, 30 in all at 20 per second
            sends.add(template.asyncSend("direct:send", e -> {
                e.getMessage().setBody("hello");
                e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333,+15552223333");
            }));
        }
        sends.forEach(send -> assertNull(send.join().getException()));

        List<AcceptedMessage> accepted = bandwidth.simulator().awaitAccepted(15, WAIT);
        assertEquals(15, accepted.size());
        Instant first = accepted.stream().map(AcceptedMessage::time).min(Instant::compareTo).orElseThrow();
        Instant last = accepted.stream().map(AcceptedMessage::time).max(Instant::compareTo).orElseThrow();
        // 19 segments go at once (the warm-up took one), the other 11 need more than half a second more
        assertTrue(Duration.between(first, last).toMillis() >= 450,
                "spread over " + Duration.between(first, last).toMillis() + " ms");
    }

    /**
     * A held send must not cost a thread: the JDK's default delayed executor runs each task on a new thread where its
     * common pool has fewer than two threads (one or two CPUs; the module's tests run with that pool at one thread so
     * that every machine shows it).
     */
    @Test
    void heldSendsStartNoThreadEach() throws Exception {
        AsyncProducer producer = context.getEndpoint("direct:held").createAsyncProducer();
        producer.start();
        sendAll(producer, 150); // a token, the connections and the classes; 50 of them held
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long startedBefore = threads.getTotalStartedThreadCount();
        sendAll(producer, 100); // the bucket is empty: every one is held, for up to a second
        long started = threads.getTotalStartedThreadCount() - startedBefore;

        assertTrue(started < 10, started + " threads started for 100 held sends");
        producer.stop();
    }

    /** Sends from this thread through the route's asynchronous producer, which starts no thread of its own. */
    private void sendAll(AsyncProducer producer, int count) throws Exception {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = producer.getEndpoint().createExchange();
            exchange.getMessage().setBody("hello");
            exchange.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
            CompletableFuture<Exchange> sent = new CompletableFuture<>();
            producer.process(exchange, done -> sent.complete(exchange));
            sends.add(sent);
        }
        for (CompletableFuture<Exchange> sent : sends) {
            assertNull(sent.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).getException());
        }
    }

    @Test
    void aBoundRateLimiterDecidesPerSendingNumberWhenAsked() {
        Exchange exchange = template.request("direct:custom", e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333,+15552223333");
        });

        assertNull(exchange.getException());
        assertEquals(List.of("9900000/" + FROM + " 2 7"), reservations, "key, segments times recipients, rate");
        assertEquals(1, bandwidth.simulator().acceptedCount());
    }

    @Test
    void aRateLimiterThatCannotDecideFailsTheSendAsNotSentAndRetrySafe() {
        Exchange exchange = template.request("direct:unreachable", e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
        });

        BandwidthConnectionException failure = failure(exchange, BandwidthConnectionException.class);
        assertTrue(failure.isRetrySafe());
        assertTrue(failure.getMessage().contains("nothing was sent"), failure.getMessage());
        assertEquals(0, bandwidth.simulator().requests().stream()
                .filter(r -> r.uri().endsWith("/messages")).count(), "no message request");
    }

    private final List<String> reservations = new CopyOnWriteArrayList<>();

    @BindToRegistry("recording")
    private final BandwidthRateLimiter recording = (key, segments, rate) -> {
        reservations.add(key + " " + segments + " " + rate);
        return CompletableFuture.completedFuture(0L);
    };

    @BindToRegistry("unreachable")
    private final BandwidthRateLimiter unreachable = (key, segments, rate) ->
            CompletableFuture.failedFuture(new IllegalStateException("the shared store is out of reach"));
}

package io.camelbandwidth.messaging.ratelimit.hazelcast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import io.camelbandwidth.messaging.BandwidthConnectionException;
import io.camelbandwidth.messaging.BandwidthRateLimiter;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances (two Camel contexts, each on its own Hazelcast member) send through {@code bandwidth-sms} to the
 * simulator with one {@code maxSegmentsPerSecond}: with the shared limiter they send it together, not each.
 */
@ExtendWith(SharedCluster.class)
class SharedRateRouteTest {

    static final String ACCOUNT_ID = "9900000";
    static final int RATE = 20;

    static BandwidthSimulator simulator;
    final List<CamelContext> instances = new ArrayList<>();

    @BeforeAll
    static void start() {
        simulator = BandwidthSimulator.builder().build().start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @AfterEach
    void stopInstances() {
        for (CamelContext instance : instances) {
            instance.stop();
        }
        simulator.reset();
    }

    private CamelContext instance(BandwidthRateLimiter limiter) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("rateLimiter", limiter); // autowired by the component
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("bandwidth-sms:" + ACCOUNT_ID + "?applicationId=app&from=RAW(+15551113333)"
                                       + "&username=user&password=secret&baseUri=" + simulator.baseUri()
                                       + "&maxSegmentsPerSecond=" + RATE);
            }
        });
        camel.start();
        instances.add(camel);
        return camel;
    }

    private static List<CompletableFuture<Exchange>> send(CamelContext instance, int count) {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sends.add(instance.createProducerTemplate().asyncSend("direct:send", e -> {
                e.getMessage().setBody("fleet");
                e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
            }));
        }
        return sends;
    }

    @Test
    void twoInstancesTogetherStayWithinTheAccountsRate() throws Exception {
        CamelContext first = instance(HazelcastRateLimiter.builder(SharedCluster.member1()).build());
        CamelContext second = instance(HazelcastRateLimiter.builder(SharedCluster.member2()).build());
        // connections, tokens and classes ready: the times below are the limiter's, not a first request's
        assertNull(send(first, 1).get(0).get(10, TimeUnit.SECONDS).getException());
        assertNull(send(second, 1).get(0).get(10, TimeUnit.SECONDS).getException());
        simulator.reset();

        List<CompletableFuture<Exchange>> sends = new ArrayList<>(send(first, 30));
        sends.addAll(send(second, 30));
        for (CompletableFuture<Exchange> sent : sends) {
            assertNull(sent.get(30, TimeUnit.SECONDS).getException());
        }

        List<Instant> accepted = simulator.acceptedMessages().stream().map(AcceptedMessage::time)
                .sorted(Comparator.naturalOrder()).toList();
        assertEquals(60, accepted.size());
        // at most a second of burst (20), then 20/s: about 2 s; each instance on its own rate would send all 60
        // within 0.5 s. The simulator sees sends a little after their reserved times, and on a loaded machine some
        // start late and together: both bounds allow half a second of that and still tell the two apart.
        long spread = Duration.between(accepted.get(0), accepted.get(59)).toMillis();
        assertTrue(spread >= 1500, "spread over " + spread + " ms");
        assertTrue(mostInOneSecond(accepted) <= 2 * RATE + RATE / 2,
                "burst + one second of rate (+ half a second of lateness) at most: " + mostInOneSecond(accepted));
    }

    @Test
    void whenTheStoreIsOutOfReachSendsFailAsNotSentAndRetrySafe() throws Exception {
        String cluster = "lost-" + UUID.randomUUID();
        int port = LoopbackHazelcast.freePort();
        HazelcastInstance member = LoopbackHazelcast.member(cluster, port, List.of(port));
        HazelcastInstance client = LoopbackHazelcast.client(cluster, port, Duration.ofSeconds(5));
        try {
            CamelContext instance = instance(HazelcastRateLimiter.builder(client)
                    .storeTimeout(Duration.ofMillis(300)).build());
            member.getLifecycleService().terminate();

            Exchange exchange = send(instance, 1).get(0).get(10, TimeUnit.SECONDS);

            BandwidthConnectionException failure = assertInstanceOf(BandwidthConnectionException.class,
                    exchange.getException());
            assertTrue(failure.isRetrySafe());
            assertInstanceOf(RateStoreUnavailableException.class, failure.getCause());
            assertEquals(0, simulator.requests().size(), "nothing sent");
        } finally {
            client.shutdown();
        }
    }

    /** The most messages accepted within any one second. */
    static int mostInOneSecond(List<Instant> sorted) {
        int most = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (!sorted.get(start).plusSeconds(1).isAfter(sorted.get(end))) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }
}

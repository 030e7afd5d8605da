package io.camelbandwidth.examples.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelbandwidth.simulator.BandwidthSimulator;
import io.camelbandwidth.simulator.CallbackAttempt;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.camelbandwidth.examples.fleet.FleetTestSupport.await;
import static io.camelbandwidth.examples.fleet.FleetTestSupport.count;
import static io.camelbandwidth.examples.fleet.FleetTestSupport.lag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callbacks across two instances behind a load balancer (the simulator posts to both in turn, a retry to the other
 * one): every event is processed exactly once, whichever instance receives it and however often.
 */
@ExtendWith(SharedInfrastructure.class)
class CallbackFleetTest {

    static final String TO = "+15554443333";
    static final int MAX_POLL_INTERVAL_MS = 4000;

    static BandwidthSimulator simulator;
    static FleetTopics topics;
    static Main first;
    static Main second;
    static String firstUrl;
    static String secondUrl;
    static final Gate GATE = new Gate();

    @BeforeAll
    static void start() throws Exception {
        simulator = FleetTestSupport.simulator();
        topics = FleetTestSupport.infrastructure().createTopics(FleetTopics.suffixed("-callback-test"));
        Properties one = FleetTestSupport.settings(topics, "first", simulator);
        Properties two = FleetTestSupport.settings(topics, "second", simulator);
        // a consumer stuck on one record for 4 s loses its partitions to the others
        one.setProperty("fleet.kafka.max-poll-interval-ms", String.valueOf(MAX_POLL_INTERVAL_MS));
        two.setProperty("fleet.kafka.max-poll-interval-ms", String.valueOf(MAX_POLL_INTERVAL_MS));
        first = FleetTestSupport.start(one);
        second = FleetTestSupport.start(two);
        for (Main instance : List.of(first, second)) {
            // the application's work, with a gate a test can close on one event
            AdviceWith.adviceWith(instance.getCamelContext(), "on-event", route -> route.weaveAddFirst().process(GATE));
        }
        firstUrl = FleetTestSupport.webhookUrl(one);
        secondUrl = FleetTestSupport.webhookUrl(two);
        simulator.callbackUrls(List.of(firstUrl, secondUrl));
    }

    @AfterAll
    static void stop() {
        second.stop();
        first.stop();
        simulator.close();
    }

    @AfterEach
    void openTheGate() {
        GATE.close(null);
    }

    private static String event(String messageId) {
        return "[{\"type\":\"message-delivered\",\"time\":\"2026-12-01T10:00:00.000Z\",\"description\":\"ok\",\"to\":\""
               + TO + "\",\"message\":{\"id\":\"" + messageId + "\",\"owner\":\"+15551113333\",\"applicationId\":"
               + "\"93de2206-9669-4e07-948d-329f4b722ee2\",\"time\":\"2026-12-01T09:59:59.000Z\",\"segmentCount\":1,"
               + "\"direction\":\"out\",\"to\":[\"" + TO + "\"],\"from\":\"+15551113333\",\"text\":\"\","
               + "\"tag\":\"t\"}}]";
    }

    private static String key(String messageId) {
        return messageId + "|message-delivered|" + TO;
    }

    private static long rows(String messageId) throws Exception {
        return count("SELECT COUNT(*) FROM sms_status WHERE event_key = ?", key(messageId));
    }

    /** Claims of an event key (inserts into the idempotent repository's table) waiting for a row lock. */
    private static long claimsWaiting() throws Exception {
        return count("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                     + " AND query ILIKE '%CAMEL_MESSAGEPROCESSED%'");
    }

    private static void awaitAllCommitted() throws Exception {
        await("every event committed", () -> lag(topics.processors(), topics.events()) == 0);
    }

    /** Which instance's webhook the deliveries of {@code messageId} went to, in order (the challenged POSTs not). */
    private static List<String> deliveredTo(String messageId) {
        return simulator.callbackAttempts().stream()
                .filter(a -> a.authorizationSent() && a.body().contains(messageId))
                .map(CallbackAttempt::url).toList();
    }

    @Test
    void aRetryOnAnotherInstanceWhileTheFirstDeliveryIsStillProcessedLosesNothingAndDoesNotDouble() throws Exception {
        String messageId = "m-" + UUID.randomUUID();
        GATE.close(key(messageId));

        // the first delivery: handed to Kafka and acknowledged, its processing starts and holds
        assertTrue(simulator.postCallback(event(messageId)).get(30, TimeUnit.SECONDS));
        assertTrue(GATE.entered.await(30, TimeUnit.SECONDS), "the first delivery is being processed");
        // a retry of the same event, on the other instance, while the first is still processed: acknowledged too
        assertTrue(simulator.postCallback(event(messageId)).get(30, TimeUnit.SECONDS));
        assertEquals(List.of(firstUrl, secondUrl), deliveredTo(messageId), "one delivery per instance");
        assertEquals(0, rows(messageId), "nothing processed yet");

        // the first processing fails: its claim rolls back with its work, the record is polled again
        GATE.release.countDown();
        await("processed", () -> rows(messageId) == 1);
        awaitAllCommitted();

        assertEquals(1, rows(messageId), "processed exactly once");
        assertEquals(2, GATE.calls.get(), "the failed attempt and the one that succeeded; the retry was a duplicate");
    }

    @Test
    void aConsumerStuckOnAnEventUntilItsPartitionMovesCannotMakeTheNewOwnerDropIt() throws Exception {
        String messageId = "m-" + UUID.randomUUID();
        GATE.close(key(messageId));
        assertTrue(simulator.postCallback(event(messageId)).get(30, TimeUnit.SECONDS));
        assertTrue(GATE.entered.await(30, TimeUnit.SECONDS), "the first delivery is being processed");
        assertTrue(simulator.postCallback(event(messageId)).get(30, TimeUnit.SECONDS), "a retry, acknowledged");

        // stuck past max.poll.interval.ms: its partition moves to another consumer, which polls the event again (its
        // offset was never committed) and tries to claim it: the claim waits for the stuck consumer's transaction
        await("the new owner waits for the claim", () -> claimsWaiting() > 0);
        assertEquals(0, rows(messageId));
        // then the stuck consumer fails: its claim rolls back, and the new owner processes the event
        GATE.release.countDown();
        try {
            await("processed", () -> rows(messageId) == 1);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; gate calls: " + GATE.calls.get() + "; sessions: "
                                     + FleetTestSupport.sessions(), e);
        }
        awaitAllCommitted();

        assertEquals(1, rows(messageId), "processed exactly once");
        assertEquals(2, GATE.calls.get(), "the stuck attempt and the new owner's; the retry was a duplicate");
    }

    @Test
    void everyEventIsProcessedOnceWhicheverInstanceReceivesIt() throws Exception {
        List<String> ids = new ArrayList<>();
        List<CompletableFuture<Boolean>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String messageId = "m-" + UUID.randomUUID();
            ids.add(messageId);
            posts.add(simulator.postCallback(event(messageId)));
            posts.add(simulator.postCallback(event(messageId))); // Bandwidth delivers at least once
        }
        for (CompletableFuture<Boolean> post : posts) {
            assertTrue(post.get(30, TimeUnit.SECONDS));
        }

        await("all processed", () -> count("SELECT COUNT(DISTINCT event_key) FROM sms_status WHERE event_key IN ("
                                           + "SELECT unnest(?::varchar[]))", keys(ids)) == ids.size());
        awaitAllCommitted();
        for (String id : ids) {
            assertEquals(1, rows(id), id);
        }
        assertTrue(ids.stream().map(CallbackFleetTest::deliveredTo).flatMap(List::stream).distinct().count() == 2,
                "both instances received deliveries");
    }

    private static String keys(List<String> ids) {
        return "{" + String.join(",", ids.stream().map(id -> "\"" + key(id) + "\"").toList()) + "}";
    }

    /** Holds the first processing of one event until released, then fails it; lets everything else through. */
    static final class Gate implements Processor {

        private volatile String key;
        final AtomicInteger calls = new AtomicInteger();
        volatile CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(1);

        void close(String key) {
            release.countDown();
            this.key = key;
            calls.set(0);
            entered = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        @Override
        public void process(Exchange exchange) throws Exception {
            if (key == null || !key.equals(exchange.getMessage().getHeader(CallbackRoutes.EVENT_KEY_HEADER))) {
                return;
            }
            if (calls.incrementAndGet() == 1) {
                entered.countDown();
                release.await(30, TimeUnit.SECONDS);
                throw new IllegalStateException("the first processing fails");
            }
        }
    }
}

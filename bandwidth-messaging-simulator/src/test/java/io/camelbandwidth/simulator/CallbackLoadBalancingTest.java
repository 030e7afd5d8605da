package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks to an application running as several instances behind a load balancer: in turn, and retries elsewhere.
 */
class CallbackLoadBalancingTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private CallbackReceiver receiver() throws Exception {
        CallbackReceiver receiver = new CallbackReceiver(null, null, false);
        resources.add(receiver);
        return receiver;
    }

    private BandwidthSimulator simulator(String... urls) {
        BandwidthSimulator sim = BandwidthSimulator.builder()
                .callbackUrls(Arrays.asList(urls))
                .callbackRetry(3, Duration.ofMillis(20))
                .build().start();
        resources.add(0, sim);
        return sim;
    }

    private static void send(BandwidthSimulator sim, int messages) throws Exception {
        for (int i = 0; i < messages; i++) {
            HttpResponse<String> response = Http.post(sim.messagesUri("9900000"), "application/json", null,
                    Http.sms("m" + i, "+15554443333"));
            assertEquals(202, response.statusCode(), response.body());
        }
    }

    private static String deadUrl() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/callbacks"; // nobody listens once closed
        }
    }

    @Test
    void eachWebhookGoesToTheNextUrlInTurn() throws Exception {
        CallbackReceiver first = receiver();
        CallbackReceiver second = receiver();
        CallbackReceiver third = receiver();
        BandwidthSimulator sim = simulator(first.url(), second.url(), third.url());

        send(sim, 6);

        sim.awaitCallbackAttempts(6, WAIT);
        assertEquals(2, first.awaitEvents(2, WAIT).size());
        assertEquals(2, second.awaitEvents(2, WAIT).size());
        assertEquals(2, third.awaitEvents(2, WAIT).size());
        assertEquals(6, sim.callbackAttempts().size(), "no retries");
    }

    @Test
    void aRetryGoesToAnotherInstance() throws Exception {
        CallbackReceiver failing = receiver();
        CallbackReceiver healthy = receiver();
        failing.forceStatus(() -> 500);
        BandwidthSimulator sim = simulator(failing.url(), healthy.url());

        send(sim, 1);

        List<JsonNode> events = healthy.awaitEvents(1, WAIT);
        assertEquals("message-delivered", events.get(0).path("type").asText());
        List<CallbackAttempt> attempts = sim.awaitCallbackAttempts(2, WAIT);
        assertEquals(List.of(failing.url(), healthy.url()), attempts.stream().map(CallbackAttempt::url).toList());
        assertEquals(List.of(500, 200), attempts.stream().map(CallbackAttempt::status).toList());
    }

    @Test
    void aDeadInstanceLosesNoWebhook() throws Exception {
        CallbackReceiver alive = receiver();
        String dead = deadUrl();
        BandwidthSimulator sim = simulator(dead, alive.url(), dead);

        send(sim, 6);

        assertEquals(6, alive.awaitEvents(6, WAIT).size(), "every webhook reached the live instance");
        List<CallbackAttempt> refused = sim.callbackAttempts().stream().filter(a -> a.url().equals(dead)).toList();
        assertTrue(refused.stream().allMatch(a -> a.status() == CallbackAttempt.NO_RESPONSE), refused.toString());
        assertEquals(4, refused.size(), "4 of the 6 first attempts were the dead instance's turn");
    }

    @Test
    void theUrlsCanBeSetOnceTheInstancesListen() throws Exception {
        CallbackReceiver first = receiver();
        CallbackReceiver second = receiver();
        BandwidthSimulator sim = BandwidthSimulator.builder().build().start();
        resources.add(0, sim);

        sim.callbackUrls(List.of(first.url(), second.url()));
        send(sim, 2);

        assertEquals(1, first.awaitEvents(1, WAIT).size());
        assertEquals(1, second.awaitEvents(1, WAIT).size());
        assertThrows(IllegalArgumentException.class, () -> sim.callbackUrls(List.of()));
    }

    @Test
    void theBuilderChecksTheUrls() {
        BandwidthSimulator.Builder builder = BandwidthSimulator.builder();
        assertThrows(NullPointerException.class, () -> builder.callbackUrls(null));
        assertThrows(NullPointerException.class, () -> builder.callbackUrls(Arrays.asList("http://a/", null)));
        assertThrows(IllegalArgumentException.class, () -> builder.callbackUrls(List.of("http://bad host/")));
    }
}

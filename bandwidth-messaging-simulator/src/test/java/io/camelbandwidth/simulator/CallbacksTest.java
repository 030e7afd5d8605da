package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbacksTest {

    private static final String JSON = "application/json";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private CallbackReceiver receiver(String user, String password, boolean challenge) throws Exception {
        CallbackReceiver receiver = new CallbackReceiver(user, password, challenge);
        resources.add(receiver);
        return receiver;
    }

    private BandwidthSimulator simulator(CallbackReceiver receiver, boolean credentials) {
        BandwidthSimulator.Builder builder = BandwidthSimulator.builder()
                .callbackUrl(receiver.url())
                .callbackRetry(3, Duration.ofMillis(20));
        if (credentials) {
            builder.callbackCredentials("hook-user", "hook-pass");
        }
        BandwidthSimulator sim = builder.build().start();
        resources.add(0, sim);
        return sim;
    }

    private static JsonNode send(BandwidthSimulator sim, String body) throws Exception {
        HttpResponse<String> response = Http.post(sim.messagesUri("9900000"), JSON, null, body);
        assertEquals(202, response.statusCode(), response.body());
        return Http.json(response.body());
    }

    @Test
    void aCallbackUrlSetAfterStartReceivesTheWebhooksFromThenOn() throws Exception {
        CallbackReceiver receiver = receiver("hook-user", "hook-pass", true);
        BandwidthSimulator sim = BandwidthSimulator.builder().callbackCredentials("hook-user", "hook-pass").build()
                .start();
        resources.add(0, sim);
        send(sim, Http.sms("before", "+15554443333"));
        assertThrows(IllegalStateException.class, () -> sim.postCallback("[]"), "no URL yet");

        sim.callbackUrl(receiver.url());
        JsonNode message = send(sim, Http.sms("after", "+15554443333"));

        List<JsonNode> events = receiver.awaitEvents(1, WAIT);
        assertEquals(message.path("id").asText(), events.get(0).path("message").path("id").asText(),
                "only the message sent after the URL was set is reported");
        assertEquals(2, sim.acceptedCount(), "both messages were accepted");
    }

    @Test
    void answersTheChallengeAndReportsDeliveryPerRecipient() throws Exception {
        CallbackReceiver receiver = receiver("hook-user", "hook-pass", true);
        BandwidthSimulator sim = simulator(receiver, true);
        JsonNode message = send(sim, Http.sms("hello", "+15554443333", "+15552223333"));

        List<JsonNode> events = receiver.awaitEvents(2, WAIT);
        Set<String> recipients = new TreeSet<>();
        for (JsonNode event : events) {
            assertEquals("message-delivered", event.path("type").asText());
            assertEquals("ok", event.path("description").asText());
            assertFalse(event.has("errorCode"));
            assertFalse(event.path("time").asText().isEmpty());
            recipients.add(event.path("to").asText());
            JsonNode callbackMessage = event.path("message");
            assertEquals(message.path("id").asText(), callbackMessage.path("id").asText());
            assertEquals(message.path("time").asText(), callbackMessage.path("time").asText());
            assertEquals("t-1", callbackMessage.path("tag").asText());
            assertEquals("", callbackMessage.path("text").asText());
            assertEquals("out", callbackMessage.path("direction").asText());
            assertEquals("+15551110000", callbackMessage.path("owner").asText());
            assertEquals("+15551110000", callbackMessage.path("from").asText());
            assertEquals("app-1", callbackMessage.path("applicationId").asText());
            assertEquals(1, callbackMessage.path("segmentCount").asInt());
            assertEquals("[\"+15554443333\",\"+15552223333\"]", callbackMessage.path("to").toString());
        }
        assertEquals(Set.of("+15552223333", "+15554443333"), recipients);

        List<CallbackAttempt> attempts = sim.awaitCallbackAttempts(4, WAIT);
        assertEquals(List.of(false, true, false, true),
                attempts.stream().map(CallbackAttempt::authorizationSent).toList());
        assertEquals(List.of(401, 200, 401, 200), attempts.stream().map(CallbackAttempt::status).toList());
        assertTrue(attempts.get(0).body().startsWith("["), "the body is a JSON array");
        assertEquals(receiver.url(), attempts.get(0).url());
    }

    @Test
    void failRecipientReportsMessageFailedWithTheCode() throws Exception {
        CallbackReceiver receiver = receiver(null, null, false);
        BandwidthSimulator sim = simulator(receiver, false);
        sim.failRecipient("+15552223333", 4720);
        JsonNode message = send(sim, Http.sms("hello", "+15554443333", "+15552223333"));

        List<JsonNode> events = receiver.awaitEvents(2, WAIT);
        JsonNode failed = events.stream().filter(e -> e.path("to").asText().equals("+15552223333")).findFirst()
                .orElseThrow();
        assertEquals("message-failed", failed.path("type").asText());
        assertEquals(4720, failed.path("errorCode").asInt());
        assertEquals("invalid-destination-address", failed.path("description").asText());
        assertEquals(message.path("id").asText(), failed.path("message").path("id").asText());
        JsonNode delivered = events.stream().filter(e -> e.path("to").asText().equals("+15554443333")).findFirst()
                .orElseThrow();
        assertEquals("message-delivered", delivered.path("type").asText());
    }

    @Test
    void aGroupOfMoreThanTenIsAcceptedThenFailsForEveryRecipientWith4435() throws Exception {
        CallbackReceiver receiver = receiver(null, null, false);
        BandwidthSimulator sim = simulator(receiver, false);
        String[] eleven = new String[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = "+155544430" + (10 + i);
        }
        JsonNode message = send(sim, Http.sms("hello", eleven)); // Bandwidth accepts it: 202

        List<JsonNode> events = receiver.awaitEvents(11, WAIT);
        Set<String> recipients = new TreeSet<>();
        for (JsonNode event : events) {
            assertEquals("message-failed", event.path("type").asText());
            assertEquals(4435, event.path("errorCode").asInt());
            assertEquals("forbidden-too-many-recipients", event.path("description").asText());
            assertEquals(message.path("id").asText(), event.path("message").path("id").asText());
            recipients.add(event.path("to").asText());
        }
        assertEquals(new TreeSet<>(List.of(eleven)), recipients);
    }

    @Test
    void deliveryPolicyDecidesOtherRecipients() throws Exception {
        CallbackReceiver receiver = receiver(null, null, false);
        BandwidthSimulator sim = simulator(receiver, false);
        sim.deliveryPolicy((message, recipient) -> DeliveryOutcome.failed(5600, "carrier queue full"));
        send(sim, Http.sms("hello", "+15554443333"));
        JsonNode event = receiver.awaitEvents(1, WAIT).get(0);
        assertEquals("message-failed", event.path("type").asText());
        assertEquals(5600, event.path("errorCode").asInt());
        assertEquals("carrier queue full", event.path("description").asText());
    }

    @Test
    void mmsGetsSendingThenDelivered() throws Exception {
        CallbackReceiver receiver = receiver(null, null, false);
        BandwidthSimulator sim = simulator(receiver, false);
        send(sim, "{\"applicationId\":\"app-1\",\"from\":\"+15551110000\",\"to\":[\"+15554443333\"],"
                + "\"media\":[\"https://example.com/cat.png\"],\"tag\":\"mms\"}");

        List<JsonNode> events = receiver.awaitEvents(2, WAIT);
        assertEquals("message-sending", events.get(0).path("type").asText());
        assertEquals("message-delivered", events.get(1).path("type").asText());
        assertEquals("[\"https://example.com/cat.png\"]", events.get(1).path("message").path("media").toString());
        assertEquals("mms", events.get(0).path("message").path("tag").asText());
    }

    @Test
    void sendsInboundMessages() throws Exception {
        CallbackReceiver receiver = receiver("hook-user", "hook-pass", true);
        BandwidthSimulator sim = simulator(receiver, true);
        String id = sim.sendInbound("9900000", "+15557778888", "+15551110000", "Hi there", List.of("bw.png"));

        JsonNode event = receiver.awaitEvents(1, WAIT).get(0);
        assertEquals("message-received", event.path("type").asText());
        assertEquals("+15551110000", event.path("to").asText());
        JsonNode message = event.path("message");
        assertEquals(id, message.path("id").asText());
        assertEquals("in", message.path("direction").asText());
        assertEquals("+15551110000", message.path("owner").asText());
        assertEquals("+15557778888", message.path("from").asText());
        assertEquals("[\"+15551110000\"]", message.path("to").toString());
        assertEquals("Hi there", message.path("text").asText());
        assertEquals(1, message.path("segmentCount").asInt());
        assertEquals(sim.baseUri() + "/users/9900000/media/" + id + "/0/bw.png", message.path("media").get(0).asText());
        assertFalse(message.path("applicationId").asText().isEmpty());
    }

    @Test
    void aChallengeWithoutWwwAuthenticateLosesTheCallback() throws Exception {
        CallbackReceiver receiver = receiver("hook-user", "hook-pass", false);
        BandwidthSimulator sim = simulator(receiver, true);
        send(sim, Http.sms("hello", "+15554443333"));
        sim.sendInbound("9900000", "+15557778888", "+15551110000", "marker", List.of());

        // the status callback is lost after one unauthenticated POST; the inbound one too
        List<CallbackAttempt> attempts = sim.awaitCallbackAttempts(2, WAIT);
        assertTrue(attempts.stream().allMatch(a -> a.status() == 401 && !a.authorizationSent()), attempts.toString());
        assertTrue(receiver.events().isEmpty());
    }

    @Test
    void retriesUntilTheReceiverAnswers2xx() throws Exception {
        CallbackReceiver receiver = receiver(null, null, false);
        AtomicInteger calls = new AtomicInteger();
        receiver.forceStatus(() -> calls.incrementAndGet() <= 2 ? 503 : 0);
        BandwidthSimulator sim = simulator(receiver, false);
        send(sim, Http.sms("hello", "+15554443333"));

        assertEquals("message-delivered", receiver.awaitEvents(1, WAIT).get(0).path("type").asText());
        List<Integer> statuses = sim.awaitCallbackAttempts(3, WAIT).stream().map(CallbackAttempt::status).toList();
        assertEquals(List.of(503, 503, 200), statuses);
    }

    @Test
    void postsABodyOfYourOwnWithChallengeAndRetries() throws Exception {
        CallbackReceiver receiver = receiver("hook-user", "hook-pass", true);
        AtomicInteger calls = new AtomicInteger();
        // the first credentialed POST fails, as when one event of a batch failed in the route
        receiver.forceStatus(() -> calls.incrementAndGet() == 2 ? 500 : 0);
        BandwidthSimulator sim = simulator(receiver, true);
        String batch = "[{\"type\":\"message-delivered\",\"to\":\"+15554443333\",\"message\":{\"id\":\"m-1\"}},"
                       + "{\"type\":\"message-future\",\"to\":\"+15554443333\",\"message\":{\"id\":\"m-2\"}}]";

        assertTrue(sim.postCallback(batch).get(5, java.util.concurrent.TimeUnit.SECONDS));

        List<JsonNode> events = receiver.awaitEvents(2, WAIT);
        assertEquals("message-future", events.get(1).path("type").asText());
        List<CallbackAttempt> attempts = sim.callbackAttempts();
        assertEquals(List.of(401, 500, 401, 200), attempts.stream().map(CallbackAttempt::status).toList());
        assertTrue(attempts.stream().allMatch(a -> a.body().equals(batch)), "the body is sent as it is");
    }

    @Test
    void postCallbackNeedsACallbackUrl() {
        try (BandwidthSimulator sim = BandwidthSimulator.builder().build().start()) {
            assertThrows(IllegalStateException.class, () -> sim.postCallback("[]"));
        }
    }

    @Test
    void recordsUnreachableReceivers() throws Exception {
        CallbackReceiver receiver = receiver(null, null, false);
        String url = receiver.url();
        receiver.close();
        try (BandwidthSimulator sim = BandwidthSimulator.builder().callbackUrl(url)
                .callbackRetry(2, Duration.ofMillis(10)).build().start()) {
            send(sim, Http.sms("hello", "+15554443333"));
            List<CallbackAttempt> attempts = sim.awaitCallbackAttempts(2, WAIT);
            assertEquals(CallbackAttempt.NO_RESPONSE, attempts.get(0).status());
            assertNotEquals(null, attempts.get(0).error());
            assertFalse(attempts.get(1).isSuccess());
        }
    }
}

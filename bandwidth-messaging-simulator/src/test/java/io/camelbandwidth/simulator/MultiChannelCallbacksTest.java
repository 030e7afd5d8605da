package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static io.camelbandwidth.simulator.MultiChannelEndpointTest.request;
import static io.camelbandwidth.simulator.MultiChannelEndpointTest.rbm;
import static io.camelbandwidth.simulator.MultiChannelEndpointTest.sms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhooks of multi-channel messages: the channel they went out on, fallback, failures and inbound RBM events. */
class MultiChannelCallbacksTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private CallbackReceiver receiver;
    private BandwidthSimulator sim;

    @BeforeEach
    void start() throws Exception {
        receiver = new CallbackReceiver("hook-user", "hook-pass", true);
        sim = BandwidthSimulator.builder().callbackUrl(receiver.url()).callbackCredentials("hook-user", "hook-pass")
                .applicationId("app-1").build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    private String send(String body) throws Exception {
        HttpResponse<String> response = Http.post(URI.create(sim.baseUri() + "/users/9900000/messages/multiChannel"),
                "application/json", null, body);
        assertEquals(202, response.statusCode(), response.body());
        return Http.json(response.body()).path("data").path("id").asText();
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(event -> event.path("type").asText()).toList();
    }

    @Test
    void rbmIsDeliveredThenReadOnItsChannel() throws Exception {
        String id = send(request(rbm("{'text':'Hi'}"), sms("Hi")).replace("]}", "],\"tag\":\"order-42\"}"));

        List<JsonNode> events = receiver.awaitEvents(2, WAIT);
        assertEquals(List.of("message-delivered", "message-read"), types(events));
        for (JsonNode event : events) {
            JsonNode message = event.path("message");
            assertEquals(id, message.path("id").asText());
            assertEquals("RBM", message.path("channel").asText());
            assertEquals("BandwidthRBM", message.path("from").asText());
            assertEquals("BandwidthRBM", message.path("owner").asText());
            assertEquals("out", message.path("direction").asText());
            assertEquals("[\"+15552223333\"]", message.path("to").toString());
            assertEquals("order-42", message.path("tag").asText());
            assertEquals("+15552223333", event.path("to").asText());
        }
        assertTrue(events.get(1).has("eventTime"), "a read receipt says when");
        assertFalse(events.get(0).has("eventTime"));
    }

    @Test
    void aHandsetWithoutRbmGetsTheFallback() throws Exception {
        sim.rbmUnavailable("+15552223333");
        send(request(rbm("{'text':'Hi'}"), sms("Hello fallback")));

        JsonNode delivered = receiver.awaitEvents(1, WAIT).get(0);
        assertEquals("message-delivered", delivered.path("type").asText());
        assertEquals("SMS", delivered.path("message").path("channel").asText());
        assertEquals("+15551113333", delivered.path("message").path("from").asText());
        assertEquals(1, delivered.path("message").path("segmentCount").asInt());
    }

    @Test
    void anMmsFallbackReportsSendingThenDeliveredWithItsMedia() throws Exception {
        sim.rbmUnavailable("+15552223333");
        send(request(rbm("{'text':'Hi'}"), "{'from':'+15551113333','applicationId':'a','channel':'MMS','content':"
                                            + "{'media':[{'fileUrl':'https://example.com/a.png'}]}}"));

        List<JsonNode> events = receiver.awaitEvents(2, WAIT);
        assertEquals(List.of("message-sending", "message-delivered"), types(events));
        assertEquals("[\"https://example.com/a.png\"]", events.get(1).path("message").path("media").toString());
        assertEquals("MMS", events.get(1).path("message").path("channel").asText());
    }

    @Test
    void failuresReportTheLastChannel() throws Exception {
        sim.failRecipient("+15552223333", 4720);
        send(request(rbm("{'text':'Hi'}"), sms("Hi")));
        JsonNode failed = receiver.awaitEvents(1, WAIT).get(0);
        assertEquals("message-failed", failed.path("type").asText());
        assertEquals(4720, failed.path("errorCode").asInt());
        assertEquals("SMS", failed.path("message").path("channel").asText());

        sim.reset();
        sim.rbmUnavailable("+15552223333");
        send(request(rbm("{'text':'Only RBM'}")));
        JsonNode noChannel = receiver.awaitEvents(2, WAIT).get(1);
        assertEquals("message-failed", noChannel.path("type").asText());
        assertEquals(4700, noChannel.path("errorCode").asInt());
        assertEquals("RBM", noChannel.path("message").path("channel").asText());
    }

    @Test
    void inboundRbmEventsHaveTheSpecShape() throws Exception {
        String suggestion = sim.sendSuggestionResponse("+15552223333", "BandwidthRBM", "Yes", "eWVz", "m-1");
        receiver.awaitEvents(1, WAIT);
        String location = sim.sendLocationResponse("+15552223333", "BandwidthRBM", 37.7749, -122.4194);
        receiver.awaitEvents(2, WAIT);
        String content = sim.sendInboundRbm("+15552223333", "BandwidthRBM", null, "https://example.com/p.jpg");

        List<JsonNode> events = receiver.awaitEvents(3, WAIT);
        assertEquals(List.of("suggestion-response", "requested-location-response", "message-received"), types(events));
        List<String> ids = List.of(suggestion, location, content);
        for (int i = 0; i < 3; i++) {
            JsonNode message = events.get(i).path("message");
            assertEquals(ids.get(i), message.path("id").asText());
            assertEquals("in", message.path("direction").asText());
            assertEquals("RBM", message.path("channel").asText());
            assertEquals("+15552223333", message.path("from").asText());
            assertEquals("BandwidthRBM", message.path("owner").asText());
            assertEquals("app-1", message.path("applicationId").asText());
            assertEquals("BandwidthRBM", events.get(i).path("to").asText());
        }
        JsonNode tapped = events.get(0).path("message").path("suggestionResponse");
        assertEquals("Yes", tapped.path("text").asText());
        assertEquals("eWVz", tapped.path("postbackData").asText());
        assertEquals("m-1", tapped.path("pairedMessageId").asText());
        JsonNode shared = events.get(1).path("message").path("locationResponse");
        assertEquals("37.7749", shared.path("latitude").asText());
        assertEquals("-122.4194", shared.path("longitude").asText());
        assertEquals("https://example.com/p.jpg",
                events.get(2).path("message").path("content").path("media").path("fileUrl").asText());
    }

    @Test
    void inboundEventsNeedACallbackUrl() {
        try (BandwidthSimulator noUrl = BandwidthSimulator.builder().build().start()) {
            assertThrows(IllegalStateException.class,
                    () -> noUrl.sendSuggestionResponse("+15552223333", "BandwidthRBM", "Yes", "eWVz", null));
        }
    }
}

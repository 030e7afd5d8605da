package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesEndpointTest {

    private static final String JSON = "application/json";
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05.678Z");

    private BandwidthSimulator sim;
    private URI messages;

    @BeforeEach
    void start() {
        sim = BandwidthSimulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
        messages = sim.messagesUri("9900000");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void acceptsAMessageWith202AndTheSpecShape() throws Exception {
        String body = "{\"applicationId\":\"93de2206\",\"to\":[\"+15554443333\",\"+15552223333\"],"
                + "\"from\":\"+15551113333\",\"text\":\"Hello world\",\"tag\":\"order-42\",\"priority\":\"high\","
                + "\"expiration\":\"2030-01-03T00:00:00-05:00\",\"unknownProperty\":{\"ignored\":true}}";
        HttpResponse<String> response = Http.post(messages, JSON + "; charset=UTF-8", null, body);

        assertEquals(202, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON));
        JsonNode message = Http.json(response.body());
        assertTrue(message.path("id").asText().matches("\\d{13}[a-z0-9]{16}"), message.toString());
        assertEquals(String.valueOf(NOW.toEpochMilli()), message.path("id").asText().substring(0, 13));
        assertEquals("+15551113333", message.path("owner").asText());
        assertEquals("93de2206", message.path("applicationId").asText());
        assertEquals("2030-01-02T03:04:05.678Z", message.path("time").asText());
        assertEquals(1, message.path("segmentCount").asInt());
        assertEquals("out", message.path("direction").asText());
        assertEquals("[\"+15554443333\",\"+15552223333\"]", message.path("to").toString());
        assertEquals("+15551113333", message.path("from").asText());
        assertEquals("Hello world", message.path("text").asText());
        assertEquals("order-42", message.path("tag").asText());
        assertEquals("high", message.path("priority").asText());
        assertEquals("2030-01-03T00:00:00-05:00", message.path("expiration").asText());
        assertFalse(message.has("media"));
        assertFalse(message.has("unknownProperty"));

        List<AcceptedMessage> accepted = sim.awaitAccepted(1, Duration.ofSeconds(1));
        AcceptedMessage first = accepted.get(0);
        assertEquals("9900000", first.accountId());
        assertEquals(message.path("id").asText(), first.id());
        assertEquals(List.of("+15554443333", "+15552223333"), first.to());
        assertEquals("order-42", first.tag());
        assertEquals(1, first.segmentCount());
        assertNull(first.authScheme());
        assertEquals(202, sim.requests().get(0).status());
        assertEquals(body, sim.requests().get(0).body());
    }

    @Test
    void leavesAbsentOptionalFieldsOut() throws Exception {
        JsonNode message = Http.json(Http.post(messages, JSON, null,
                "{\"applicationId\":\"a\",\"to\":[\"+15554443333\"],\"from\":\"+15551113333\","
                        + "\"media\":[\"https://example.com/cat.png\"]}").body());
        Set<String> fields = new TreeSet<>();
        message.fieldNames().forEachRemaining(fields::add);
        assertEquals(new TreeSet<>(List.of("id", "owner", "applicationId", "time", "segmentCount", "direction",
                "to", "from", "media")), fields);
    }

    @Test
    void countsSegments() throws Exception {
        assertEquals(2, Http.json(Http.post(messages, JSON, null, Http.sms("a".repeat(161), "+15554443333")).body())
                .path("segmentCount").asInt());
        assertEquals(2, Http.json(Http.post(messages, JSON, null, Http.sms("ç".repeat(71), "+15554443333")).body())
                .path("segmentCount").asInt());
        String mms = "{\"applicationId\":\"a\",\"to\":[\"+15554443333\"],\"from\":\"+15551113333\",\"text\":\""
                + "a".repeat(500) + "\",\"media\":[\"https://example.com/cat.png\"]}";
        assertEquals(1, Http.json(Http.post(messages, JSON, null, mms).body()).path("segmentCount").asInt());
    }

    @Test
    void acceptsAnAlphanumericSenderId() throws Exception {
        String body = "{\"applicationId\":\"a\",\"to\":[\"+15554443333\"],\"from\":\"My Shop-1&\",\"text\":\"hi\"}";
        HttpResponse<String> response = Http.post(messages, JSON, null, body);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals("My Shop-1&", Http.json(response.body()).path("owner").asText());
    }

    @Test
    void listsEveryBadField() throws Exception {
        String body = "{\"to\":[\"+15554440000\",\"5554443333\",\"+15554440000\"],"
                + "\"from\":\"123456789012\",\"text\":\"" + "x".repeat(2049) + "\","
                + "\"media\":[\"ftp://example.com/a.png\",\"/relative.png\",\"https://example.com/" + "a".repeat(4100) + "\"],"
                + "\"tag\":\"" + "t".repeat(1025) + "\",\"priority\":\"urgent\",\"expiration\":\"2020-01-01T00:00:00Z\"}";
        HttpResponse<String> response = Http.post(messages, JSON, null, body);

        assertEquals(400, response.statusCode());
        JsonNode error = Http.json(response.body());
        assertEquals("request-validation", error.path("type").asText());
        assertEquals("Your request could not be accepted.", error.path("description").asText());
        List<String> fields = new ArrayList<>();
        error.path("fieldErrors").forEach(fieldError -> {
            fields.add(fieldError.path("fieldName").asText());
            assertFalse(fieldError.path("description").asText().isEmpty());
        });
        assertEquals(List.of("applicationId", "to", "to", "from", "text", "media", "media", "media", "tag",
                "priority", "expiration"), fields, error.toPrettyString());
        assertTrue(error.path("fieldErrors").get(1).path("description").asText().contains("'5554443333'"));
        assertTrue(error.path("fieldErrors").get(2).path("description").asText().contains("more than once"));
        assertEquals(0, sim.acceptedCount());
        assertEquals(400, sim.requests().get(0).status());
    }

    @Test
    void requiresToFromAndTextOrMedia() throws Exception {
        HttpResponse<String> response = Http.post(messages, JSON, null, "{\"applicationId\":\"a\",\"to\":[]}");
        assertEquals(400, response.statusCode());
        List<String> fields = new ArrayList<>();
        Http.json(response.body()).path("fieldErrors").forEach(e -> fields.add(e.path("fieldName").asText()));
        assertEquals(List.of("to", "from", "text"), fields);

        response = Http.post(messages, JSON, null, "{\"applicationId\":\"a\",\"to\":\"+15554443333\","
                + "\"from\":\"1234 5678\",\"text\":\"\",\"media\":[]}");
        assertEquals(400, response.statusCode());
        assertEquals(3, Http.json(response.body()).path("fieldErrors").size(), response.body());

        response = Http.post(messages, JSON, null, "{\"applicationId\":\"a\",\"to\":[\"+15554443333\"],"
                + "\"from\":\"12345\",\"text\":\"x\"}");
        assertEquals(400, response.statusCode(), "digits only is neither E.164 nor a sender id");
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        for (String body : new String[] {"{\"to\":", "[]", "", "{} trailing"}) {
            HttpResponse<String> response = Http.post(messages, JSON, null, body);
            assertEquals(400, response.statusCode(), body);
            JsonNode error = Http.json(response.body());
            assertEquals("request-validation", error.path("type").asText());
            assertTrue(error.path("fieldErrors").isArray());
        }
    }

    @Test
    void answers415ForOtherContentTypes() throws Exception {
        for (String contentType : new String[] {"text/plain", "application/xml;charset=UTF-8", null}) {
            HttpResponse<String> response = Http.post(messages, contentType, null, Http.sms("hi", "+15554443333"));
            assertEquals(415, response.statusCode());
            assertEquals("unsupported-content-type", Http.json(response.body()).path("type").asText());
        }
        assertEquals(0, sim.acceptedCount());
    }

    @Test
    void answers405ForOtherMethodsAnd404Elsewhere() throws Exception {
        HttpResponse<String> put = Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(messages)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertEquals("GET, POST", put.headers().firstValue("Allow").orElse(null));
        assertEquals("method-not-allowed", Http.json(put.body()).path("type").asText());

        URI media = URI.create(sim.baseUri() + "/users/9900000/media");
        assertEquals(405, Http.post(media, JSON, null, "{}").statusCode());
        assertEquals(404, Http.get(URI.create(sim.baseUri() + "/users/9900000/other")).statusCode());
        assertEquals(404, Http.get(URI.create("http://127.0.0.1:" + sim.port() + "/other")).statusCode());
        assertEquals(2, sim.requests().size(), "only the API's endpoints are recorded");
    }

    @Test
    void acceptsConcurrentRequestsWithUniqueIds() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(Http.CLIENT.sendAsync(Http.request(messages, JSON, null, Http.sms("m" + i, "+15554443333"),
                    Http.TIMEOUT), HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> ids = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertEquals(202, response.get().statusCode());
            ids.add(Http.json(response.get().body()).path("id").asText());
        }
        assertEquals(200, ids.size());
        assertEquals(200, sim.awaitAccepted(200, Duration.ofSeconds(1)).size());
        assertEquals(200, sim.requests().size());
    }

    @Test
    void resetForgetsRecords() throws Exception {
        Http.post(messages, JSON, null, Http.sms("hi", "+15554443333"));
        sim.faults().respond(500, 3);
        assertEquals(1, sim.acceptedCount());
        sim.reset();
        assertEquals(0, sim.acceptedCount());
        assertTrue(sim.requests().isEmpty());
        assertEquals(0, sim.faults().pending());
        assertEquals(202, Http.post(messages, JSON, null, Http.sms("hi", "+15554443333")).statusCode());
    }

    @Test
    void recordLimitKeepsTheNewestAndCountsAll() throws Exception {
        try (BandwidthSimulator small = BandwidthSimulator.builder().recordLimit(2).build().start()) {
            for (int i = 0; i < 3; i++) {
                Http.post(small.messagesUri("1"), JSON, null, Http.sms("m" + i, "+15554443333"));
            }
            assertEquals(3, small.acceptedCount());
            List<AcceptedMessage> kept = small.awaitAccepted(3, Duration.ofSeconds(1));
            assertEquals(List.of("m1", "m2"), List.of(kept.get(0).text(), kept.get(1).text()));
        }
    }
}

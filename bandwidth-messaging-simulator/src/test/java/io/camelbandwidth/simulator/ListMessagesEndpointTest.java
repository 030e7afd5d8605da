package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListMessagesEndpointTest {

    private static final String ACCOUNT = "9900000";
    private static final String AUTH = Http.basic("user", "pass");

    private BandwidthSimulator sim;

    @BeforeEach
    void start() throws Exception {
        sim = BandwidthSimulator.builder().basicCredentials("user", "pass").build().start();
        sim.failRecipient("+15550000000", 4720);
        post(Http.sms("one", "+15554443333"));
        post(Http.sms("two", "+15554443333", "+15550000000"));
        post("{\"applicationId\":\"app-1\",\"from\":\"+15551110000\",\"to\":[\"+15552223333\"],"
                + "\"media\":[\"https://example.com/a.png\"]}");
        sim.awaitAccepted(3, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private void post(String body) throws Exception {
        assertEquals(202, Http.post(sim.messagesUri(ACCOUNT), "application/json", AUTH, body).statusCode());
    }

    private HttpResponse<String> list(String query, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.messagesUri(ACCOUNT) + query)).GET();
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String query) throws Exception {
        HttpResponse<String> response = list(query, AUTH);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response.body());
    }

    @Test
    void listsOneItemPerRecipientWithoutText() throws Exception {
        JsonNode page = ok("?sourceTn=%2B15551110000");
        assertEquals(4, page.path("totalCount").asInt());
        JsonNode first = page.path("messages").get(0);
        assertEquals(sim.acceptedMessages().get(0).id(), first.path("messageId").asText());
        assertEquals("+15554443333", first.path("destinationTn").asText());
        assertEquals("OUTBOUND", first.path("messageDirection").asText());
        assertEquals("DELIVERED", first.path("messageStatus").asText());
        assertEquals("sms", first.path("messageType").asText());
        assertEquals(1, first.path("segmentCount").asInt());
        assertFalse(first.has("text"));
        assertFalse(page.path("pageInfo").has("nextPageToken"));
    }

    @Test
    void filters() throws Exception {
        assertEquals(1, ok("?messageStatus=FAILED").path("totalCount").asInt());
        assertEquals(4720, ok("?messageStatus=FAILED").path("messages").get(0).path("errorCode").asInt());
        assertEquals(1, ok("?messageType=mms").path("totalCount").asInt());
        assertEquals(2, ok("?destinationTn=%2B15554443333").path("totalCount").asInt());
        assertEquals(3, ok("?destinationTn=%2B15554443333,%2B15552223333").path("totalCount").asInt());
        assertEquals(2, ok("?destinationTn=%2B1555444").path("totalCount").asInt(), "a partial number is a prefix");
        String id = sim.acceptedMessages().get(1).id();
        assertEquals(2, ok("?messageId=" + id).path("totalCount").asInt());
        assertEquals(4, ok("?messageDirection=OUTBOUND&fromDateTime=2000-01-01T00:00:00.000Z").path("totalCount").asInt());
        assertEquals(0, ok("?toDateTime=2000-01-01T00:00:00Z").path("totalCount").asInt());
        assertEquals(0, ok("?messageDirection=INBOUND").path("totalCount").asInt());
        assertEquals(0, ok("?carrierName=Verizon").path("totalCount").asInt());
    }

    @Test
    void pagesWithLimitAndPageToken() throws Exception {
        List<String> seen = new ArrayList<>();
        String query = "?messageDirection=OUTBOUND&limit=3";
        JsonNode page = ok(query);
        page.path("messages").forEach(m -> seen.add(m.path("messageId").asText() + m.path("destinationTn").asText()));
        String next = page.path("pageInfo").path("nextPageToken").asText();
        assertTrue(page.path("pageInfo").path("nextPage").asText().contains("pageToken=" + next));
        page = ok(query + "&pageToken=" + next);
        page.path("messages").forEach(m -> seen.add(m.path("messageId").asText() + m.path("destinationTn").asText()));
        assertEquals(4, seen.size());
        assertEquals(4, seen.stream().distinct().count());
        assertFalse(page.path("pageInfo").has("nextPageToken"));
        assertTrue(page.path("pageInfo").has("prevPageToken"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?", "?unknown=1", "?messageStatus=delivered", "?messageType=SMS", "?limit=ten",
            "?limit=0", "?errorCode=x", "?bwQueued=yes", "?fromDateTime=yesterday", "?sourceTn=+15551110000",
            "?sourceTn=%2B1", "?sort=receiveTime:sideways", "?messageId=a&messageId=b", "?pageToken=%25%25"})
    void rejectsWhatTheSpecDoesNotAllow(String query) throws Exception {
        HttpResponse<String> response = list(query, AUTH);
        assertEquals(400, response.statusCode(), query + " -> " + response.body());
        assertEquals("request-validation", Http.json(response.body()).path("type").asText());
    }

    @Test
    void needsCredentials() throws Exception {
        assertEquals(401, list("?messageType=sms", null).statusCode());
        assertEquals(401, list("?messageType=sms", Http.basic("user", "nope")).statusCode());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        HttpResponse<String> response = Http.CLIENT.send(HttpRequest.newBuilder(sim.messagesUri(ACCOUNT))
                .DELETE().header("Authorization", AUTH).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertEquals("GET, POST", response.headers().firstValue("Allow").orElse(""));
    }
}

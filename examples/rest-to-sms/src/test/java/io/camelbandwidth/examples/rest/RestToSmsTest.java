package io.camelbandwidth.examples.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the example's Camel Main with its real Vert.x HTTP server on a free loopback port, against the simulator.
 */
class RestToSmsTest {

    static BandwidthSimulator simulator;
    static Main main;
    static URI sms;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        simulator = ExampleBandwidth.simulatorBuilder()
                .build().start();
        main = RestToSms.create(ExampleBandwidth.simulated(simulator));
        main.addOverrideProperty("rest.port", "0"); // any free port
        main.addOverrideProperty("sms.redelivery-delay", "10");
        main.start();
        int port = main.getCamelContext().hasService(VertxPlatformHttpServer.class).getServer().actualPort();
        sms = URI.create("http://127.0.0.1:" + port + "/sms");
    }

    @AfterAll
    static void stop() {
        main.stop();
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(sms).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return JSON.readTree(response.body());
    }

    @Test
    void aValidRequestIsSentAndAnsweredWithTheMessageId() throws Exception {
        HttpResponse<String> response = post("""
                {"to": ["+15554443333", "+15552223333"], "text": "Hello from REST", "tag": "order-42",
                 "expiration": "2099-01-01T00:00:00Z"}""");

        assertEquals(202, response.statusCode(), response.body());
        JsonNode body = json(response);
        AcceptedMessage accepted = simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0);
        assertEquals(accepted.id(), body.get("id").asText());
        assertEquals(1, body.get("segmentCount").asInt());
        assertEquals("/sms/" + accepted.id(), response.headers().firstValue("Location").orElse(null));
        assertEquals("Hello from REST", accepted.text());
        assertEquals("order-42", accepted.tag());
        assertEquals(2, accepted.to().size(), "a group message");
    }

    @Test
    void aSingleRecipientMayBeAString() throws Exception {
        HttpResponse<String> response = post("{\"to\": \"+15554443333\", \"text\": \"Hi\"}");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(java.util.List.of("+15554443333"), simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0).to());
    }

    @Test
    void aMissingRecipientIs400AndNothingIsSent() throws Exception {
        HttpResponse<String> response = post("{\"text\": \"no recipient\"}");

        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals("invalid-request", body.get("error").asText());
        assertEquals("to", body.get("field").asText());
        assertEquals(0, simulator.requests().size());
    }

    @Test
    void brokenJsonIs400() throws Exception {
        HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": ");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid-request", json(response).get("error").asText());
        assertEquals(0, simulator.requests().size());
    }

    @Test
    void aCallerCannotChangeTheSenderTheApplicationOrAddMedia() throws Exception {
        HttpResponse<String> all = post("""
                {"to": ["+15554443333"], "text": "Hi", "from": "+19999999999", "applicationId": "evil-app",
                 "media": ["https://evil.example/x.png"]}""");
        assertEquals(400, all.statusCode(), all.body());
        assertEquals("invalid-request", json(all).get("error").asText());

        for (String field : new String[] {"\"from\": \"+19999999999\"", "\"applicationId\": \"evil-app\"",
            "\"media\": [\"https://evil.example/x.png\"]"}) {
            HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": \"Hi\", " + field + "}");
            assertEquals(400, response.statusCode(), response.body());
            JsonNode body = json(response);
            assertTrue(field.contains("\"" + body.get("field").asText() + "\""), field + ": " + response.body());
            assertTrue(body.get("message").asText().contains("overridableFields"), response.body());
        }
        assertEquals(0, simulator.requests().size(), "nothing was sent");
    }

    @Test
    void aMalformedBodyIs400WithWhereItWentWrongAndNothingAboutTheService() throws Exception {
        HttpResponse<String> broken = post("{\"to\": [\"+15554443333\"],\n \"text\": ");
        assertEquals(400, broken.statusCode(), broken.body());
        JsonNode brokenBody = json(broken);
        assertEquals("invalid-request", brokenBody.get("error").asText());
        assertEquals(2, brokenBody.get("line").asInt(), broken.body());
        assertTrue(brokenBody.get("column").asInt() > 0, broken.body());

        HttpResponse<String> wrongType = post("{\"to\": {\"number\": \"+15554443333\"}, \"text\": \"Hi\"}");
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        JsonNode wrongTypeBody = json(wrongType);
        assertTrue(wrongTypeBody.get("field").asText().startsWith("to"), wrongType.body());
        assertEquals(1, wrongTypeBody.get("line").asInt(), wrongType.body());

        for (HttpResponse<String> response : List.of(broken, wrongType)) {
            for (String internal : new String[] {"io.camelbandwidth", "MessageRequest", "com.fasterxml", "Jackson",
                "Source:"}) {
                assertFalse(response.body().contains(internal), "no internals: " + response.body());
            }
        }
        assertEquals(0, simulator.requests().size());
    }

    @Test
    void aBandwidthRejectionIs422WithBandwidthsReason() throws Exception {
        simulator.faults().respond(FaultResponse.status(400).json(
                "{\"type\":\"request-validation\",\"description\":\"Your request could not be accepted\"}"), 1);

        HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": \"Hi\"}");

        assertEquals(422, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals("rejected-by-bandwidth", body.get("error").asText());
        assertEquals("request-validation", body.get("bandwidthType").asText());
        assertEquals(1, simulator.requests().size(), "not retried");
    }

    @Test
    void refusedCredentialsAre502WithoutDetails() throws Exception {
        simulator.faults().respond(403, 1);

        HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": \"Hi\"}");

        assertEquals(502, response.statusCode(), response.body());
        assertFalse(response.body().contains("403"), "no details of our credentials: " + response.body());
    }

    @Test
    void serverErrorsAreRetriedByCamelBeforeAnswering() throws Exception {
        simulator.faults().respond(503, 2);

        HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": \"Hi\"}");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(3, simulator.requests().size());
        assertEquals(1, simulator.acceptedMessages().size());
    }

    @Test
    void aRateLimitIs503AtOnceWithBandwidthsRetryAfter() throws Exception {
        simulator.faults().respond(FaultResponse.status(429).header("Retry-After", "7"), 10);

        HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": \"Hi\"}");

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("rate-limited", json(response).get("error").asText());
        assertEquals("7", response.headers().firstValue("Retry-After").orElse(null));
        assertEquals(1, simulator.requests().size(), "the caller retries, not the service");
    }

    @Test
    void aPersistentOutageIs503AfterCamelsRetries() throws Exception {
        simulator.faults().respond(500, 10);

        HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": \"Hi\"}");

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("bandwidth-unavailable", json(response).get("error").asText());
        assertEquals(3, simulator.requests().size(), "the first try and 2 redeliveries");
    }

    @Test
    void noAnswerIs504AndIsNotRetried() throws Exception {
        simulator.faults().dropAfterAccept(1);

        HttpResponse<String> response = post("{\"to\": [\"+15554443333\"], \"text\": \"Hi\"}");

        assertEquals(504, response.statusCode(), response.body());
        assertEquals("maybe-sent", json(response).get("error").asText());
        assertEquals(1, simulator.requests().size(), "never sent twice");
    }
}

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
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String GRANT = "grant_type=client_credentials";

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private BandwidthSimulator sim;
    private URI messages;
    private URI token;

    @BeforeEach
    void start() {
        sim = BandwidthSimulator.builder()
                .basicCredentials("api-user", "api-pass")
                .oauthClient("client-id", "client-secret")
                .tokenLifetime(Duration.ofMinutes(10))
                .clock(clock)
                .build()
                .start();
        messages = sim.messagesUri("9900000");
        token = URI.create(sim.tokenUri());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void refusesMissingOrWrongCredentials() throws Exception {
        for (String authorization : new String[] {null, Http.basic("api-user", "wrong"), "Basic !!!not-base64",
            "Bearer never-issued", "Digest abc"}) {
            HttpResponse<String> response = Http.post(messages, JSON, authorization, Http.sms("hi", "+15554443333"));
            assertEquals(401, response.statusCode(), String.valueOf(authorization));
            JsonNode error = Http.json(response.body());
            assertEquals("unauthorized", error.path("type").asText());
            assertEquals("Authentication failed", error.path("description").asText());
        }
        assertEquals(0, sim.acceptedCount());
        assertEquals(5, sim.requests().size());
        assertEquals(401, sim.requests().get(0).status());
    }

    @Test
    void acceptsBasicCredentials() throws Exception {
        HttpResponse<String> response = Http.post(messages, JSON, Http.basic("api-user", "api-pass"),
                Http.sms("hi", "+15554443333"));
        assertEquals(202, response.statusCode());
        assertEquals("Basic", sim.awaitAccepted(1, Duration.ofSeconds(1)).get(0).authScheme());
    }

    @Test
    void issuesTokensThatWorkUntilRevoked() throws Exception {
        HttpResponse<String> issued = Http.post(token, FORM, Http.basic("client-id", "client-secret"), GRANT);
        assertEquals(200, issued.statusCode());
        JsonNode answer = Http.json(issued.body());
        assertEquals("Bearer", answer.path("token_type").asText());
        assertEquals(600, answer.path("expires_in").asLong());
        String accessToken = answer.path("access_token").asText();
        assertTrue(accessToken.length() >= 32);
        assertEquals(1, sim.tokensIssued());

        String bearer = "Bearer " + accessToken;
        assertEquals(202, Http.post(messages, JSON, bearer, Http.sms("hi", "+15554443333")).statusCode());
        assertEquals("Bearer", sim.acceptedMessages().get(0).authScheme());

        sim.revokeAllTokens();
        assertEquals(401, Http.post(messages, JSON, bearer, Http.sms("hi", "+15554443333")).statusCode());

        String fresh = "Bearer " + Http.json(Http.post(token, FORM, Http.basic("client-id", "client-secret"), GRANT)
                .body()).path("access_token").asText();
        assertEquals(202, Http.post(messages, JSON, fresh, Http.sms("hi", "+15554443333")).statusCode());
        assertEquals(2, sim.tokensIssued());
    }

    @Test
    void tokensExpireServerSide() throws Exception {
        String bearer = "Bearer " + Http.json(Http.post(token, FORM, Http.basic("client-id", "client-secret"), GRANT)
                .body()).path("access_token").asText();
        clock.advance(Duration.ofMinutes(9));
        assertEquals(202, Http.post(messages, JSON, bearer, Http.sms("hi", "+15554443333")).statusCode());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(401, Http.post(messages, JSON, bearer, Http.sms("hi", "+15554443333")).statusCode());
    }

    @Test
    void tokenEndpointRefusesBadClientsAndGrants() throws Exception {
        HttpResponse<String> wrongClient = Http.post(token, FORM, Http.basic("client-id", "nope"), GRANT);
        assertEquals(401, wrongClient.statusCode());
        assertEquals("invalid_client", Http.json(wrongClient.body()).path("error").asText());
        assertTrue(wrongClient.headers().firstValue("WWW-Authenticate").isPresent());

        HttpResponse<String> apiUserIsNoClient = Http.post(token, FORM, Http.basic("api-user", "api-pass"), GRANT);
        assertEquals(401, apiUserIsNoClient.statusCode());

        assertEquals(401, Http.post(token, FORM, null, GRANT).statusCode());

        HttpResponse<String> wrongGrant = Http.post(token, FORM, Http.basic("client-id", "client-secret"),
                "grant_type=password&username=x");
        assertEquals(400, wrongGrant.statusCode());
        assertEquals("unsupported_grant_type", Http.json(wrongGrant.body()).path("error").asText());

        HttpResponse<String> noGrant = Http.post(token, FORM, Http.basic("client-id", "client-secret"), "");
        assertEquals("invalid_request", Http.json(noGrant.body()).path("error").asText());
        assertEquals(0, sim.tokensIssued());
    }

    @Test
    void openSimulatorAcceptsAnything() throws Exception {
        try (BandwidthSimulator open = BandwidthSimulator.builder().build().start()) {
            URI uri = open.messagesUri("1");
            assertEquals(202, Http.post(uri, JSON, null, Http.sms("hi", "+15554443333")).statusCode());
            assertEquals(202, Http.post(uri, JSON, "Bearer whatever", Http.sms("hi", "+15554443333")).statusCode());
            assertEquals(200, Http.post(URI.create(open.tokenUri()), FORM, Http.basic("any", "one"), GRANT).statusCode());
            assertEquals("Bearer", open.acceptedMessages().get(1).authScheme());
        }
    }

    @Test
    void basicOnlySimulatorRefusesBearerAndIssuesNoTokens() throws Exception {
        try (BandwidthSimulator basicOnly = BandwidthSimulator.builder().basicCredentials("u", "p").build().start()) {
            assertEquals(401, Http.post(URI.create(basicOnly.tokenUri()), FORM, Http.basic("u", "p"), GRANT).statusCode());
            assertEquals(401, Http.post(basicOnly.messagesUri("1"), JSON, "Bearer x", Http.sms("hi", "+15554443333"))
                    .statusCode());
            assertFalse(basicOnly.requests().isEmpty());
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

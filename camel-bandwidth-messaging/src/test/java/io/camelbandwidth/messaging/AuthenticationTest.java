package io.camelbandwidth.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.client.BasicAuthenticator;
import io.camelbandwidth.messaging.client.HttpTransport;
import io.camelbandwidth.messaging.client.HttpTransportSettings;
import io.camelbandwidth.messaging.client.OAuthClientCredentials;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import io.camelbandwidth.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OAuth2 client credentials (the default) and legacy Basic, against the simulator's token endpoint and API.
 */
class AuthenticationTest extends BandwidthTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:oauth").to(oauthUri("from=" + FROM + "&to=%2B15554443333"));
                from("direct:basic").to(basicUri("from=" + FROM + "&to=%2B15554443333"));
                from("direct:wrongClient").to(oauthUri("from=" + FROM + "&to=%2B15554443333")
                        .replace(CLIENT_SECRET, "not-the-secret"));
                from("direct:wrongPassword").to(basicUri("from=" + FROM + "&to=%2B15554443333")
                        .replace(PASSWORD, "not-the-password"));
            }
        };
    }

    @Test
    void concurrentSendsShareOneTokenFetch() {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sends.add(template.asyncSend("direct:oauth", e -> e.getMessage().setBody("Hello")));
        }
        sends.forEach(send -> assertNull(send.join().getException()));

        assertEquals(50, simulator.acceptedMessages().size());
        assertEquals(1, simulator.tokensIssued(), "one token for all concurrent sends");
        assertTrue(simulator.acceptedMessages().stream().allMatch(m -> "Bearer".equals(m.authScheme())));
    }

    @Test
    void refusedTokenIsRenewedAndTheSendRetriedOnce() {
        assertNull(template.request("direct:oauth", e -> e.getMessage().setBody("first")).getException());
        simulator.revokeAllTokens();

        Exchange exchange = template.request("direct:oauth", e -> e.getMessage().setBody("second"));

        assertNull(exchange.getException());
        assertEquals(2, simulator.tokensIssued());
        List<RecordedRequest> requests = simulator.requests();
        assertEquals(List.of(202, 401, 202), requests.stream().map(RecordedRequest::status).toList());
        assertNotEquals(requests.get(1).header("Authorization"), requests.get(2).header("Authorization"));
    }

    @Test
    void basicAuthenticationIsStillSupported() {
        Exchange exchange = template.request("direct:basic", e -> e.getMessage().setBody("Hello"));

        assertNull(exchange.getException());
        AcceptedMessage accepted = simulator.awaitAccepted(1, WAIT).get(0);
        assertEquals("Basic", accepted.authScheme());
        assertEquals(0, simulator.tokensIssued());
    }

    @Test
    void wrongBasicPasswordIsNotRetried() {
        Exchange exchange = template.request("direct:wrongPassword", e -> e.getMessage().setBody("Hello"));

        BandwidthAuthenticationException failure = failure(exchange, BandwidthAuthenticationException.class);
        assertEquals(401, failure.getHttpResponseCode());
        assertEquals(1, simulator.requests().size());
        assertTrue(!failure.getMessage().contains("not-the-password"), failure.getMessage());
    }

    @Test
    void refusedClientCredentialsFailWithoutCallingTheApi() {
        Exchange exchange = template.request("direct:wrongClient", e -> e.getMessage().setBody("Hello"));

        BandwidthAuthenticationException failure = failure(exchange, BandwidthAuthenticationException.class);
        assertEquals(401, failure.getHttpResponseCode());
        assertTrue(simulator.requests().isEmpty(), "no message request without a token");
        assertTrue(!failure.getMessage().contains("not-the-secret"), failure.getMessage());
    }

    @Test
    void tokenIsRenewedBeforeItExpires() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        try (BandwidthSimulator shortLived = BandwidthSimulator.builder().oauthClient(CLIENT_ID, CLIENT_SECRET)
                .tokenLifetime(Duration.ofSeconds(600)).build().start();
             HttpTransport transport = new HttpTransport(HttpTransportSettings.builder().build())) {
            OAuthClientCredentials credentials = new OAuthClientCredentials(transport, shortLived.tokenUri(), CLIENT_ID,
                    CLIENT_SECRET, clock);

            String first = credentials.authorization().get(5, TimeUnit.SECONDS);
            clock.advance(Duration.ofSeconds(500));
            assertEquals(first, credentials.authorization().get(5, TimeUnit.SECONDS), "still far from expiry");
            clock.advance(Duration.ofSeconds(45)); // 55 s left: inside the one-minute renewal margin
            String renewed = credentials.authorization().get(5, TimeUnit.SECONDS);

            assertNotEquals(first, renewed);
            assertTrue(renewed.startsWith("Bearer "));
            assertEquals(2, shortLived.tokensIssued());
        }
    }

    @Test
    void basicHeaderIsStandard() {
        assertEquals("Basic dXNlcjpwYXNz", BasicAuthenticator.basic("user", "pass"));
    }

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
            return ZoneId.of("UTC");
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

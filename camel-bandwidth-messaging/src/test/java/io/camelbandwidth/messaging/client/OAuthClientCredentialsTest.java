package io.camelbandwidth.messaging.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthAuthenticationException;
import io.camelbandwidth.messaging.BandwidthConnectionException;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthRateLimitException;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.testkit.MutableClock;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.ApiOperation;
import io.camelbandwidth.simulator.FaultResponse;
import io.camelbandwidth.simulator.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token source on its own, against the simulator's token endpoint, with a clock the test moves: renewal ahead of
 * expiry, what each failure of the token endpoint becomes, and the back-off after one.
 */
class OAuthClientCredentialsTest {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .tokenLifetime(Duration.ofSeconds(600)));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final HttpTransport transport = new HttpTransport(HttpTransportSettings.of(configuration(), null));
    private final OAuthClientCredentials credentials = new OAuthClientCredentials(transport,
            bandwidth.simulator().tokenUri(), CLIENT_ID, CLIENT_SECRET, clock);

    private static BandwidthSmsConfiguration configuration() {
        BandwidthSmsConfiguration configuration = new BandwidthSmsConfiguration();
        configuration.setResponseTimeout(500);
        return configuration;
    }

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    private static Faults tokenFaults() {
        return bandwidth.simulator().faults(ApiOperation.OAUTH2_TOKEN);
    }

    private String token() throws Exception {
        return credentials.authorization().get(5, TimeUnit.SECONDS);
    }

    private BandwidthException failure() {
        ExecutionException e = assertThrows(ExecutionException.class, this::token);
        return assertInstanceOf(BandwidthException.class, e.getCause());
    }

    @Test
    void aTokenIsRenewedAheadOfExpiryWithoutHoldingAnySend() throws Exception {
        String first = token();
        clock.advance(Duration.ofSeconds(500));
        assertEquals(first, token(), "still far from expiry");
        clock.advance(Duration.ofSeconds(45)); // 55 s left: inside the one-minute renewal margin

        assertEquals(first, token(), "the valid token serves while its successor is fetched");
        String renewed = awaitTokenOtherThan(first);

        assertTrue(renewed.startsWith("Bearer "));
        assertEquals(2, bandwidth.simulator().tokensIssued());
    }

    @Test
    void aFailedRenewalKeepsTheUnexpiredTokenInUse() throws Exception {
        String first = token();
        clock.advance(Duration.ofSeconds(545));
        tokenFaults().respond(503, 1);

        assertEquals(first, token(), "the renewal is under way or failed: the token is still valid");
        awaitTokenRequests(2);
        awaitNoTokenRequestInFlight();
        for (int i = 0; i < 20; i++) {
            assertEquals(first, token(), "still valid while the renewal backs off");
        }
        assertEquals(2, bandwidth.simulator().tokenRequests(), "no renewal per send while backing off");

        clock.advance(Duration.ofSeconds(2)); // the back-off is over: the next send starts another renewal
        assertEquals(first, token());
        assertNotEquals(first, awaitTokenOtherThan(first));
    }

    @Test
    void anExpiredTokenWhoseRenewalFailsFailsTheSendAsNotSentAndRetrySafe() throws Exception {
        String first = token();
        tokenFaults().respond(503, 10);
        clock.advance(Duration.ofSeconds(601));

        BandwidthException failure = failure();
        assertInstanceOf(BandwidthConnectionException.class, failure, failure.toString());
        assertTrue(failure.isRetrySafe());
        assertFalse(failure.getMessage().contains(first.substring("Bearer ".length())), "no token in messages");
    }

    @Test
    void aTimedOutTokenRequestIsNotSentAndRetrySafe() {
        tokenFaults().stall(1);

        BandwidthException failure = failure();

        assertInstanceOf(BandwidthConnectionException.class, failure, failure.toString());
        assertTrue(failure.isRetrySafe(), "no message request was made");
        assertFalse(failure.isMaybeSent());
        assertTrue(failure.getMessage().contains("token"), failure.getMessage());
        assertTrue(failure.getRetryAfter().isPresent(), "says when the next token request may be made");
    }

    @Test
    void aRefusedConnectionIsNotSentAndRetrySafe() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OAuthClientCredentials nowhere = new OAuthClientCredentials(transport,
                "http://127.0.0.1:" + closedPort + "/token", CLIENT_ID, CLIENT_SECRET, clock);

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> nowhere.authorization().get(5, TimeUnit.SECONDS));

        BandwidthConnectionException failure = assertInstanceOf(BandwidthConnectionException.class, e.getCause());
        assertTrue(failure.isRetrySafe());
    }

    @Test
    void a503OrA429FromTheTokenEndpointIsRetrySafe() {
        tokenFaults().respond(503, 1).respond(FaultResponse.status(429).header("Retry-After", "5"), 1);

        BandwidthException unavailable = failure();
        assertTrue(unavailable.isRetrySafe(), unavailable.toString());
        assertFalse(unavailable.isMaybeSent());
        assertTrue(unavailable.getMessage().contains("503"), unavailable.getMessage());

        clock.advance(Duration.ofSeconds(1));
        BandwidthRateLimitException limited = assertInstanceOf(BandwidthRateLimitException.class, failure());
        assertTrue(limited.isRetrySafe());
        assertTrue(limited.getRetryAfter().orElseThrow().toSeconds() >= 5, "the endpoint's Retry-After is honoured");
        assertTrue(limited.getMessage().contains("token"), limited.getMessage());
    }

    @Test
    void refusedClientCredentialsAreNotRetrySafeAndNameTheTokenEndpointsAnswer() {
        OAuthClientCredentials wrong = new OAuthClientCredentials(transport, bandwidth.simulator().tokenUri(),
                CLIENT_ID, "not-the-secret", clock);

        ExecutionException e = assertThrows(ExecutionException.class, () -> wrong.authorization().get(5, TimeUnit.SECONDS));

        BandwidthAuthenticationException failure = assertInstanceOf(BandwidthAuthenticationException.class, e.getCause());
        assertEquals(401, failure.getHttpResponseCode());
        assertFalse(failure.isRetrySafe());
        assertTrue(failure.getMessage().contains("token endpoint") && failure.getMessage().contains("invalid_client"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("not-the-secret"));
    }

    @Test
    void afterAFailedTokenRequestItBacksOffInsteadOfAskingForEverySend() throws Exception {
        tokenFaults().respond(503, 3);

        BandwidthException first = failure();
        List<BandwidthException> during = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            during.add(failure());
        }
        assertEquals(1, bandwidth.simulator().tokenRequests(), "50 sends, no new token request while backing off");
        for (BandwidthException failure : during) {
            assertTrue(failure.isRetrySafe());
            assertNotSame(first, failure, "each send gets an exception of its own (Camel adds to it)");
            assertTrue(failure.getRetryAfter().orElseThrow().compareTo(Duration.ofSeconds(1)) <= 0);
        }

        // the back-off grows while the endpoint keeps failing: 1 s, then 2 s, then 4 s
        clock.advance(Duration.ofSeconds(1));
        failure();
        assertEquals(2, bandwidth.simulator().tokenRequests());
        clock.advance(Duration.ofMillis(1999));
        failure();
        assertEquals(2, bandwidth.simulator().tokenRequests(), "still backing off");
        clock.advance(Duration.ofMillis(1));
        failure();
        assertEquals(3, bandwidth.simulator().tokenRequests());
        clock.advance(Duration.ofSeconds(4));
        assertTrue(token().startsWith("Bearer "), "the endpoint is back");
        assertEquals(4, bandwidth.simulator().tokenRequests());
    }

    @Test
    void wrongCredentialsAreAskedAboutOnlyOncePerBackOff() {
        OAuthClientCredentials wrong = new OAuthClientCredentials(transport, bandwidth.simulator().tokenUri(),
                CLIENT_ID, "not-the-secret", clock);
        for (int i = 0; i < 20; i++) {
            CompletableFuture<String> authorization = wrong.authorization();
            ExecutionException e = assertThrows(ExecutionException.class, () -> authorization.get(5, TimeUnit.SECONDS));
            assertInstanceOf(BandwidthAuthenticationException.class, e.getCause());
        }
        assertEquals(1, bandwidth.simulator().tokenRequests());
    }

    @Test
    void aRefusedTokenIsReplacedOnce() throws Exception {
        String first = token();
        assertTrue(credentials.refused(first));
        credentials.refused(first);

        String second = token();
        assertNotEquals(first, second);
        assertEquals(2, bandwidth.simulator().tokenRequests());
    }

    @Test
    void basicHeaderIsStandard() {
        assertEquals("Basic dXNlcjpwYXNz", BasicCredentials.basic("user", "pass"));
    }

    private String awaitTokenOtherThan(String old) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            String now = token();
            if (!now.equals(old)) {
                return now;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the token was not renewed");
    }

    private void awaitNoTokenRequestInFlight() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (credentials.fetching()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the token request did not end");
            }
            Thread.onSpinWait();
        }
    }

    private static void awaitTokenRequests(long count) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (bandwidth.simulator().tokenRequests() < count) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no token request");
            }
            Thread.onSpinWait();
        }
    }
}

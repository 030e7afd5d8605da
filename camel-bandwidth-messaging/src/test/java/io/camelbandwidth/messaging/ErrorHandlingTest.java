package io.camelbandwidth.messaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.HttpResponseAware;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of failure ends the exchange with a typed exception: never a hang, never an untyped error.
 */
class ErrorHandlingTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&responseTimeout=1500"));
            }
        };
    }

    private Exchange send() {
        return template.request("direct:send", e -> e.getMessage().setBody("Hello"));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
            "400, BandwidthRejectedException, false",
            "401, BandwidthAuthenticationException, false",
            "403, BandwidthAuthenticationException, false",
            "404, BandwidthRejectedException, false",
            "415, BandwidthRejectedException, false",
            "429, BandwidthRateLimitException, true",
            "500, BandwidthServerException, true",
            "503, BandwidthServerException, true",
            "504, BandwidthServerException, false" })
    void statusBecomesTypedException(int status, String exceptionType, boolean retrySafe) {
        bandwidth.simulator().faults().respond(status, 2); // 2: a 401 is retried once with a new token

        Exchange exchange = send();

        BandwidthHttpException failure = failure(exchange, BandwidthHttpException.class);
        assertEquals(exceptionType, failure.getClass().getSimpleName());
        assertInstanceOf(HttpResponseAware.class, failure);
        assertEquals(status, failure.getHttpResponseCode());
        assertEquals(retrySafe, failure.isRetrySafe());
        assertEquals(status == 504, failure.isMaybeSent(), "only a gateway timeout is ambiguous here");
        assertTrue(failure.getType() != null && failure.getMessage().contains(failure.getType()),
                "Bandwidth's error type is kept: " + failure.getMessage());
        assertEquals(0, bandwidth.simulator().acceptedMessages().size());
    }

    @Test
    void badRequestKeepsFieldErrors() {
        bandwidth.simulator().faults().respond(FaultResponse.status(400).json("{\"type\":\"request-validation\",\"description\":"
                                                                  + "\"Your request could not be accepted.\",\"fieldErrors\":[{\"fieldName\":\"from\","
                                                                  + "\"description\":\"'+15551113333' must be a number on your account\"}]}"),
                1);

        BandwidthRejectedException failure = failure(send(), BandwidthRejectedException.class);

        assertEquals("request-validation", failure.getType());
        assertEquals("Your request could not be accepted.", failure.getDescription());
        assertEquals(1, failure.getFieldErrors().size());
        assertEquals("from", failure.getFieldErrors().get(0).fieldName());
    }

    @Test
    void nonJsonErrorBodyKeepsTheStatus() {
        bandwidth.simulator().faults().respond(FaultResponse.status(502).body("text/html", "<html><body>Bad Gateway</body></html>"), 1);

        BandwidthServerException failure = failure(send(), BandwidthServerException.class);

        assertEquals(502, failure.getHttpResponseCode());
        assertNull(failure.getType());
        assertTrue(failure.getResponseBody().contains("Bad Gateway"));
        assertFalse(failure.isRetrySafe(), "a gateway may have passed the POST on");
        assertTrue(failure.isMaybeSent());
    }

    @Test
    void springStyleNotFoundIsReadable() {
        bandwidth.simulator().faults().respond(FaultResponse.status(404).json("{\"timestamp\":\"2026-11-27T10:00:00Z\",\"status\":404,"
                                                                  + "\"error\":\"Not Found\",\"message\":\"No message available\",\"path\":\"/api/v2/users/1/messages\"}"),
                1);

        BandwidthRejectedException failure = failure(send(), BandwidthRejectedException.class);

        assertEquals("Not Found", failure.getType());
        assertEquals("No message available", failure.getDescription());
    }

    @Test
    void rateLimitWithRetryAfterSetsTheRedeliveryDelay() {
        bandwidth.simulator().faults().respond(FaultResponse.status(429).header("Retry-After", "3"), 1);

        Exchange exchange = send();

        BandwidthRateLimitException failure = failure(exchange, BandwidthRateLimitException.class);
        assertEquals(Duration.ofSeconds(3), failure.getRetryAfter().orElseThrow());
        assertEquals(3000L, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class));
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = {"86400", "9223372036854775807", "99999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"})
    void aRetryAfterBeyondMaxRetryAfterIsClampedToIt(String retryAfter) {
        bandwidth.simulator().faults().respond(FaultResponse.status(429).header("Retry-After", retryAfter), 1);

        Exchange exchange = send();

        BandwidthRateLimitException failure = failure(exchange, BandwidthRateLimitException.class);
        assertTrue(failure.getRetryAfter().orElseThrow().toSeconds() >= 86400, "the server's word is kept");
        assertEquals(60_000L, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class),
                "the default maxRetryAfter, 60 s");
    }

    @Test
    void rateLimitWithoutRetryAfterLeavesTheDelayToThePolicy() {
        bandwidth.simulator().faults().respond(429, 1);

        Exchange exchange = send();

        BandwidthRateLimitException failure = failure(exchange, BandwidthRateLimitException.class);
        assertTrue(failure.getRetryAfter().isEmpty());
        assertNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
        assertEquals("max-message-queue-size-exceeded", failure.getType());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void stalledServerFailsWithinTheResponseTimeoutAsMaybeSent() {
        bandwidth.simulator().faults().stall(1);

        long started = System.nanoTime();
        Exchange exchange = send();
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        BandwidthMaybeSentException failure = failure(exchange, BandwidthMaybeSentException.class);
        assertTrue(failure.isMaybeSent());
        assertFalse(failure.isRetrySafe(), "a request that may have been accepted must not be resent blindly");
        assertTrue(elapsedMillis >= 1400, "waited for the response timeout, not less: " + elapsedMillis);
    }

    @Test
    void connectionDroppedAfterAcceptIsMaybeSent() {
        bandwidth.simulator().faults().dropAfterAccept(1);

        BandwidthMaybeSentException failure = failure(send(), BandwidthMaybeSentException.class);

        assertTrue(failure.isMaybeSent());
        assertEquals(1, bandwidth.simulator().acceptedMessages().size(), "the simulator did accept it: the ambiguity is real");
    }

    @Test
    void connectionRefusedIsNotSentAndSafeToRetry() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String uri = bandwidth.basicUri("from=" + FROM + "&to=%2B15554443333").replace(bandwidth.simulator().baseUri(),
                "http://127.0.0.1:" + closedPort + "/api/v2");

        Exchange exchange = template.request(uri, e -> e.getMessage().setBody("Hello"));

        BandwidthConnectionException failure = failure(exchange, BandwidthConnectionException.class);
        assertTrue(failure.isRetrySafe());
        assertFalse(failure.isMaybeSent());
    }

    @Test
    void unreadableSuccessBodyStillCountsAsSent() throws IOException {
        bandwidth.simulator().faults().respond(FaultResponse.status(202).body("text/plain", "queued"), 1);

        Exchange exchange = send();

        assertNull(exchange.getException(), "a 202 is an acceptance: failing would invite a duplicate");
        assertNull(exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
    }
}

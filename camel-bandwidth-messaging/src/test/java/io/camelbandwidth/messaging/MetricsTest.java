package io.camelbandwidth.messaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.TestAccount;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producer's meters in the {@code MeterRegistry} bound in the Camel registry: messages and segments sent per
 * account, failures by kind and status, latency, OAuth2 token requests and rate-limit waits (docs/operations.md,
 * "Metrics"). No tag ever holds a phone number or a secret.
 */
class MetricsTest extends CamelTestSupport {

    private static final String TO = "%2B15554443333";

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=" + TO + "&responseTimeout=1500"));
                from("direct:wrongSecret").to(uri(bandwidth.simulator().baseUri(), "oauthTokenUri="
                        + bandwidth.simulator().tokenUri() + "&clientId=" + TestAccount.CLIENT_ID
                        + "&clientSecret=RAW(not-the-secret)"));
                from("direct:limited").to(bandwidth.basicUri("from=" + FROM + "&to=" + TO
                                                             + "&maxSegmentsPerSecond=10"));
            }
        };
    }

    private Exchange send(String endpoint, String text) {
        return template.request(endpoint, e -> e.getMessage().setBody(text));
    }

    @Test
    void countsMessagesAndSegmentsSentPerAccountWithTheirLatency() {
        assertNull(send("direct:send", "x".repeat(200)).getException(), "two GSM-7 segments");
        assertNull(send("direct:send", "short").getException());

        assertEquals(2, meters.get("bandwidth.messages.sent")
                .tags("account", ACCOUNT_ID, "operation", "sendMessage").counter().count());
        assertEquals(3, meters.get("bandwidth.segments.sent").tag("account", ACCOUNT_ID).counter().count(),
                "the segments Bandwidth counted");
        Timer latency = meters.get("bandwidth.send.latency")
                .tags("account", ACCOUNT_ID, "operation", "sendMessage", "outcome", "success").timer();
        assertEquals(2, latency.count());
        assertTrue(latency.totalTime(TimeUnit.NANOSECONDS) > 0);
        Timer tokens = meters.get("bandwidth.oauth.token.fetches").tag("outcome", "success").timer();
        assertEquals(1, tokens.count(), "one token serves both sends");
    }

    @Test
    void countsFailuresByKindAndStatus() throws IOException {
        failure(send("direct:send", ""), BandwidthValidationException.class);
        bandwidth.simulator().faults().respond(400, 1);
        failure(send("direct:send", "rejected"), BandwidthRejectedException.class);
        bandwidth.simulator().faults().respond(429, 1);
        failure(send("direct:send", "throttled"), BandwidthRateLimitException.class);
        bandwidth.simulator().faults().respond(503, 2);
        failure(send("direct:send", "unavailable"), BandwidthServerException.class);
        failure(send("direct:send", "unavailable"), BandwidthServerException.class);
        bandwidth.simulator().faults().dropAfterAccept(1);
        failure(send("direct:send", "maybe"), BandwidthMaybeSentException.class);
        failure(template.request("direct:send", e -> e.getMessage().setHeader(BandwidthSmsConstants.OPERATION,
                "sendCarrierPigeon")), BandwidthValidationException.class);
        failure(template.request(closedPortUri(), e -> e.getMessage().setBody("nowhere")),
                BandwidthConnectionException.class);

        assertEquals(1, failures("sendMessage", "validation", "none"));
        assertEquals(1, failures("sendMessage", "rejected", "400"));
        assertEquals(1, failures("sendMessage", "rate-limited", "429"));
        assertEquals(2, failures("sendMessage", "server", "503"));
        assertEquals(1, failures("sendMessage", "maybe-sent", "none"));
        assertEquals(1, failures("unknown", "validation", "none"), "the operation header was not one");
        assertEquals(1, failures("sendMessage", "connection", "none"));
        assertEquals(8, meters.get("bandwidth.send.latency").tag("outcome", "failure").timers().stream()
                .mapToLong(Timer::count).sum());
        assertTrue(meters.find("bandwidth.messages.sent").counters().stream().allMatch(c -> c.count() == 0),
                "nothing counted as sent");
    }

    @Test
    void countsFailedTokenRequests() {
        Exchange refused = send("direct:wrongSecret", "Hello");

        assertEquals(401, failure(refused, BandwidthAuthenticationException.class).getHttpResponseCode());
        assertEquals(1, meters.get("bandwidth.oauth.token.fetches").tag("outcome", "failure").timer().count());
        assertNull(meters.find("bandwidth.oauth.token.fetches").tag("outcome", "success").timer());
        assertEquals(1, failures("sendMessage", "rejected", "401"));
    }

    @Test
    void timesTheRateLimitersWaits() {
        // 10 segments a second with a second of burst: of 15 sends at once, the last five wait 100 to 500 ms
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            sends.add(template.asyncSend("direct:limited", e -> e.getMessage().setBody("one segment")));
        }
        sends.forEach(sent -> assertNull(sent.join().getException()));

        Timer waits = meters.get("bandwidth.ratelimit.wait").tag("account", ACCOUNT_ID).timer();
        assertEquals(15, waits.count(), "every send asks the limiter");
        assertTrue(waits.max(TimeUnit.MILLISECONDS) >= 50, () -> "the last sends waited: " + waits.max(TimeUnit.MILLISECONDS));
    }

    @Test
    void listingAndMediaOperationsCountNoMessages() {
        Exchange listed = template.request("direct:send", e -> e.getMessage()
                .setHeader(BandwidthSmsConstants.OPERATION, BandwidthOperation.listMedia));

        assertNull(listed.getException());
        assertEquals(1, meters.get("bandwidth.send.latency")
                .tags("operation", "listMedia", "outcome", "success").timer().count());
        assertTrue(meters.find("bandwidth.messages.sent").counters().isEmpty());
        assertTrue(meters.find("bandwidth.segments.sent").counters().isEmpty());
    }

    @Test
    void aRegistryThatRefusesTheMetersFailsNoSend() {
        meters.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                throw new IllegalArgumentException("a meter of this name exists with other tags");
            }
        });

        assertNull(send("direct:send", "Hello").getException(), "a message Bandwidth accepted is not a failure");
        failure(send("direct:send", ""), BandwidthValidationException.class);
        assertEquals(1, bandwidth.simulator().acceptedMessages().size());
        assertNull(meters.find("bandwidth.messages.sent").counter(), "refused, and logged");
        assertNull(meters.find("bandwidth.send.failures").counter(), "refused, and logged");
    }

    /** Tags name accounts, operations and kinds: never a phone number, a message or a credential. */
    @AfterEach
    void tagsHoldNothingPersonalNorSecret() {
        Set<String> keys = Set.of("account", "operation", "outcome", "kind", "status", "type");
        for (Meter meter : meters.getMeters()) {
            assertTrue(meter.getId().getName().startsWith("bandwidth."), meter.getId()::toString);
            for (Tag tag : meter.getId().getTags()) {
                assertTrue(keys.contains(tag.getKey()), meter.getId()::toString);
                assertFalse(tag.getValue().contains("+") || tag.getValue().contains("555")
                            || tag.getValue().contains(TestAccount.CLIENT_SECRET)
                            || tag.getValue().contains(TestAccount.PASSWORD)
                            || tag.getValue().contains(TestAccount.CLIENT_ID), meter.getId()::toString);
            }
        }
    }

    private double failures(String operation, String kind, String status) {
        return meters.get("bandwidth.send.failures")
                .tags("account", ACCOUNT_ID, "operation", operation, "kind", kind, "status", status)
                .counter().count();
    }

    private String closedPortUri() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return uri("http://127.0.0.1:" + closedPort,
                "username=" + TestAccount.USERNAME + "&password=RAW(" + TestAccount.PASSWORD + ")");
    }

    private static String uri(String baseUri, String credentials) {
        return "bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + TestAccount.APPLICATION_ID + "&baseUri=" + baseUri
               + "&" + credentials + "&from=" + FROM + "&to=" + TO;
    }
}

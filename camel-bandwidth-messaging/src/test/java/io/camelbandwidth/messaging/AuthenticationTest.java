package io.camelbandwidth.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.Recipes;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.ApiOperation;
import io.camelbandwidth.simulator.BandwidthSimulator;
import io.camelbandwidth.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.PASSWORD;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OAuth2 client credentials (the default) and legacy Basic, against the simulator's token endpoint and API.
 */
class AuthenticationTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                Recipes.redeliverRetrySafe(this, 10);
                from("direct:oauthWithRecipe").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"
                                                                    + "&responseTimeout=1000"));
            }
        }};
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:oauth").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"));
                from("direct:basic").to(bandwidth.basicUri("from=" + FROM + "&to=%2B15554443333"));
                from("direct:wrongClient").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333")
                        .replace(CLIENT_SECRET, "not-the-secret"));
                from("direct:wrongPassword").to(bandwidth.basicUri("from=" + FROM + "&to=%2B15554443333")
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

        assertEquals(50, bandwidth.simulator().acceptedMessages().size());
        assertEquals(1, bandwidth.simulator().tokensIssued(), "one token for all concurrent sends");
        assertTrue(bandwidth.simulator().acceptedMessages().stream().allMatch(m -> "Bearer".equals(m.authScheme())));
    }

    @Test
    void refusedTokenIsRenewedAndTheSendRetriedOnce() {
        assertNull(template.request("direct:oauth", e -> e.getMessage().setBody("first")).getException());
        bandwidth.simulator().revokeAllTokens();

        Exchange exchange = template.request("direct:oauth", e -> e.getMessage().setBody("second"));

        assertNull(exchange.getException());
        assertEquals(2, bandwidth.simulator().tokensIssued());
        List<RecordedRequest> requests = bandwidth.simulator().requests();
        assertEquals(List.of(202, 401, 202), requests.stream().map(RecordedRequest::status).toList());
        assertNotEquals(requests.get(1).header("Authorization"), requests.get(2).header("Authorization"));
    }

    @Test
    void aTokenEndpointThatTimesOutOrIsUnavailableFailsTheSendAsNotSentAndTheRecipeRedeliversIt() {
        bandwidth.simulator().faults(ApiOperation.OAUTH2_TOKEN).stall(1).respond(503, 1);

        Exchange exchange = template.request("direct:oauthWithRecipe", e -> e.getMessage().setBody("Hello"));

        assertNull(exchange.getException());
        assertEquals(2, exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class));
        assertEquals(3, bandwidth.simulator().tokenRequests());
        assertEquals(List.of(202), bandwidth.simulator().requests().stream().map(RecordedRequest::status).toList(),
                "no message request before a token");
    }

    @Test
    void aTokenEndpointOutageSetsTheRedeliveryDelayToItsBackOff() {
        bandwidth.simulator().faults(ApiOperation.OAUTH2_TOKEN).respond(503, 1);

        Exchange exchange = template.request("direct:oauth", e -> e.getMessage().setBody("Hello"));

        BandwidthConnectionException failure = failure(exchange, BandwidthConnectionException.class);
        assertTrue(failure.isRetrySafe() && !failure.isMaybeSent());
        assertEquals(1000L, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class),
                "the next token request comes after a second");
        assertTrue(bandwidth.simulator().requests().isEmpty());
    }

    @Test
    void basicAuthenticationIsStillSupported() {
        Exchange exchange = template.request("direct:basic", e -> e.getMessage().setBody("Hello"));

        assertNull(exchange.getException());
        AcceptedMessage accepted = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
        assertEquals("Basic", accepted.authScheme());
        assertEquals(0, bandwidth.simulator().tokensIssued());
    }

    @Test
    void wrongBasicPasswordIsNotRetried() {
        Exchange exchange = template.request("direct:wrongPassword", e -> e.getMessage().setBody("Hello"));

        BandwidthAuthenticationException failure = failure(exchange, BandwidthAuthenticationException.class);
        assertEquals(401, failure.getHttpResponseCode());
        assertEquals(1, bandwidth.simulator().requests().size());
        assertTrue(!failure.getMessage().contains("not-the-password"), failure.getMessage());
    }

    @Test
    void refusedClientCredentialsFailWithoutCallingTheApi() {
        Exchange exchange = template.request("direct:wrongClient", e -> e.getMessage().setBody("Hello"));

        BandwidthAuthenticationException failure = failure(exchange, BandwidthAuthenticationException.class);
        assertEquals(401, failure.getHttpResponseCode());
        assertTrue(bandwidth.simulator().requests().isEmpty(), "no message request without a token");
        assertTrue(!failure.getMessage().contains("not-the-secret"), failure.getMessage());
    }

}

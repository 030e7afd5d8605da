package io.camelbandwidth.messaging;

import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.testkit.Recipes;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented recipe: let Camel redeliver what is safe to retry, and send the rest to a dead letter.
 */
class RedeliveryRecipeTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the recipe from the README: retry only what Bandwidth certainly did not accept
                Recipes.redeliverRetrySafe(this, 4);
                onException(BandwidthException.class)
                        .handled(true)
                        .to("mock:dead");

                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&responseTimeout=1000"))
                        .to("mock:sent");
                from("direct:sendWithShortRetryAfter")
                        .to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&maxRetryAfter=200"))
                        .to("mock:sent");
            }
        };
    }

    @Test
    void serverErrorsAndRateLimitsAreRedeliveredUntilAccepted() throws Exception {
        bandwidth.simulator().faults().respond(503, 1).respond(FaultResponse.status(429).header("Retry-After", "0"), 1)
                .respond(500, 1);
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(1);

        Exchange exchange = template.request("direct:send", e -> e.getMessage().setBody("Hello"));

        assertNull(exchange.getException());
        sent.assertIsSatisfied();
        assertEquals(4, bandwidth.simulator().requests().size(), "three failures, then the accepted one");
        assertEquals(1, bandwidth.simulator().acceptedMessages().size(), "accepted exactly once");
        assertEquals(3, exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class));
    }

    @Test
    @Timeout(20)
    void aRetryAfterOfADayWaitsOnlyMaxRetryAfter() throws Exception {
        bandwidth.simulator().faults().respond(FaultResponse.status(429).header("Retry-After", "86400"), 1)
                .respond(FaultResponse.status(503).header("Retry-After", "9223372036854775807"), 1);
        getMockEndpoint("mock:sent").expectedMessageCount(1);

        long started = System.nanoTime();
        Exchange exchange = template.request("direct:sendWithShortRetryAfter", e -> e.getMessage().setBody("Hello"));

        assertNull(exchange.getException());
        getMockEndpoint("mock:sent").assertIsSatisfied();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(waited >= 400 && waited < 10_000, "twice maxRetryAfter (200 ms), not a day: " + waited + " ms");
        assertEquals(3, bandwidth.simulator().requests().size());
    }

    @Test
    void permanentRejectionIsNotRetried() throws Exception {
        bandwidth.simulator().faults().respond(400, 5);
        getMockEndpoint("mock:dead").expectedMessageCount(1);

        template.request("direct:send", e -> e.getMessage().setBody("Hello"));

        getMockEndpoint("mock:dead").assertIsSatisfied();
        assertEquals(1, bandwidth.simulator().requests().size(), "a 400 is sent once");
    }

    @Test
    void maybeSentIsNotRetried() throws Exception {
        bandwidth.simulator().faults().dropAfterAccept(1);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        template.request("direct:send", e -> e.getMessage().setBody("Hello"));

        dead.assertIsSatisfied();
        assertInstanceOf(BandwidthMaybeSentException.class,
                dead.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT));
        assertEquals(1, bandwidth.simulator().acceptedMessages().size(), "never sent twice");
        assertEquals(1, bandwidth.simulator().requests().size());
    }

    @Test
    void validationFailureGoesStraightToTheDeadLetter() throws Exception {
        getMockEndpoint("mock:dead").expectedMessageCount(1);

        template.request("direct:send", e -> e.getMessage().setBody(""));

        getMockEndpoint("mock:dead").assertIsSatisfied();
        assertEquals(0, bandwidth.simulator().requests().size());
    }
}

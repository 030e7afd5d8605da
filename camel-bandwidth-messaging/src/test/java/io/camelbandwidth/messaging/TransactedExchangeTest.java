package io.camelbandwidth.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A transacted exchange (a route with {@code transacted()}) completes on the thread that sent it: Spring's and JTA's
 * transactions are bound to that thread, so what the route does after the send (the next step, or
 * {@code onException}'s dead-letter send) must run there to be part of the transaction.
 */
class TransactedExchangeTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private final Map<String, Thread> threads = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(BandwidthException.class).handled(true)
                        .process(exchange -> threads.put("onException", Thread.currentThread()));
                from("direct:send")
                        // what transacted() does to each exchange, without a transaction manager in this module
                        .process(exchange -> exchange.getExchangeExtension().setTransacted(true))
                        .to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"))
                        .process(exchange -> threads.put("next step", Thread.currentThread()));
            }
        };
    }

    @Test
    void theNextStepRunsOnTheSendersThread() {
        Exchange exchange = template.request("direct:send", e -> e.getMessage().setBody("hello"));

        assertNull(exchange.getException());
        assertNotNull(exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(Thread.currentThread(), threads.get("next step"));
    }

    @Test
    void onExceptionRunsOnTheSendersThread() {
        bandwidth.simulator().faults().respond(400, 1);

        template.request("direct:send", e -> e.getMessage().setBody("hello"));

        assertEquals(Thread.currentThread(), threads.get("onException"),
                "the failure was handled on " + threads.get("onException"));
    }
}

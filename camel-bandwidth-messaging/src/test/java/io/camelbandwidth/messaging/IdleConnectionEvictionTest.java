package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * connectionMaxIdleTime: the client closes idle pooled connections itself, before a server or load balancer would (the
 * simulator here keeps them for minutes), so that no request is written on a connection being closed by the far end.
 */
class IdleConnectionEvictionTest extends CamelTestSupport {

    /** Tracks connections; its own idle limit is far beyond the test. */
    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .idleConnectionTimeout(Duration.ofMinutes(5)));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.basicUri("from=%2B15551113333&to=%2B15554443333"
                                                          + "&connectionMaxIdleTime=300"));
            }
        };
    }

    @Test
    void idlePooledConnectionsAreClosedByTheClient() {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sends.add(template.asyncSend("direct:send", e -> e.getMessage().setBody("hello")));
        }
        sends.forEach(send -> assertNull(send.join().getException()));
        assertTrue(bandwidth.simulator().connectionsAccepted() >= 1);

        assertEquals(0, bandwidth.simulator().awaitOpenConnectionsAtMost(0, Duration.ofSeconds(15)),
                "the client closed its idle connections");
        assertEquals(0, bandwidth.simulator().idleConnectionsClosed(), "the server closed none");
    }
}

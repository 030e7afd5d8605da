package io.camelbandwidth.messaging;

import java.time.Duration;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.Stress;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP clients live as long as the producers that use them: a client is shared by the producers with the same
 * connection settings and released when the last of them stops, so that {@code toD} over many distinct settings does
 * not grow threads and connections without bound.
 */
@Stress
class ClientLifecycleTest extends CamelTestSupport {

    /** The simulator tracks its open connections (a relay closes none of them before a minute of idleness). */
    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .idleConnectionTimeout(Duration.ofMinutes(1)));

    private static final int CACHE = 10;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // each message its own connection settings: a client of its own
                from("direct:dynamic")
                        .toD(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&connectTimeout=${header.connectTimeout}"),
                                CACHE);
            }
        };
    }

    @Test
    @Timeout(300)
    void aThousandDistinctDynamicEndpointsKeepThreadsAndConnectionsBounded() {
        context.getGlobalOptions().put(Exchange.MAXIMUM_ENDPOINT_CACHE_SIZE, String.valueOf(CACHE));
        int before = httpClientThreads();
        int mostThreads = 0;
        int mostConnections = 0;
        for (int i = 0; i < 1000; i++) {
            int connectTimeout = 5000 + i;
            Exchange exchange = template.request("direct:dynamic", e -> {
                e.getMessage().setBody("Hello");
                e.getMessage().setHeader("connectTimeout", connectTimeout);
            });
            assertNull(exchange.getException(), () -> "send failed: " + exchange.getException());
            mostThreads = Math.max(mostThreads, httpClientThreads() - before);
            mostConnections = Math.max(mostConnections, bandwidth.simulator().openConnections());
        }

        assertEquals(1000, bandwidth.simulator().acceptedCount());
        // a client has a few threads (I/O dispatchers, idle connection evictor) and one or two connections: at most
        // the cached producers' clients may be alive at once, not a thousand
        assertTrue(mostThreads <= 5 * (CACHE + 2), "HttpClient threads grew to " + mostThreads);
        assertTrue(mostConnections <= 3 * (CACHE + 2), "open connections grew to " + mostConnections);

        context.stop();
        bandwidth.simulator().awaitOpenConnectionsAtMost(0, WAIT);
        assertTrue(httpClientThreads() <= before, "every client was closed with the context");
    }

    private static int httpClientThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && (thread.getName().startsWith("httpclient-")
                                                       || thread.getName().contains("connection-evictor")))
                .count();
    }
}

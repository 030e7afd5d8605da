package io.camelbandwidth.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange continues after the send on the component's thread pool, not on the HTTP client's I/O threads: a
 * blocking step later in the route must not stall the answers of other messages in flight.
 */
class CompletionThreadTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final int IN_FLIGHT = 6; // more than the HTTP client's I/O threads (one per core)

    private final CountDownLatch allContinued = new CountDownLatch(IN_FLIGHT);
    private final Set<String> continuationThreads = ConcurrentHashMap.newKeySet();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"))
                        .process(exchange -> {
                            continuationThreads.add(Thread.currentThread().getName());
                            allContinued.countDown();
                            // a blocking step: it only finishes once every message has come this far
                            exchange.getMessage().setHeader("allContinued", allContinued.await(20, TimeUnit.SECONDS));
                        });
            }
        };
    }

    @Test
    void blockingStepsAfterTheSendDoNotHoldTheHttpClient() {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            sends.add(template.asyncSend("direct:send", e -> e.getMessage().setBody("hello")));
        }

        for (CompletableFuture<Exchange> send : sends) {
            Exchange exchange = send.join();
            assertNull(exchange.getException());
            assertTrue(exchange.getMessage().getHeader("allContinued", Boolean.class),
                    "every message got its answer while the others were blocked after theirs");
        }
        assertFalse(continuationThreads.stream().anyMatch(name -> name.startsWith("httpclient-dispatch")),
                "continued on " + continuationThreads);
    }

    @Test
    void completionOnIoThreadSkipsTheHop() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:io").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&completionOnIoThread=true"))
                        .process(exchange -> threads.add(Thread.currentThread().getName()));
            }
        });

        assertNull(template.request("direct:io", e -> e.getMessage().setBody("hello")).getException());

        assertTrue(threads.stream().allMatch(name -> name.startsWith("httpclient-dispatch")), "continued on " + threads);
    }
}

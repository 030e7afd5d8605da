package io.camelbandwidth.messaging;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import io.camelbandwidth.simulator.CallbackAttempt;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing lost, nothing twice: a request is acknowledged only when every event in it was processed; a failed event
 * makes Bandwidth retry the request, and the idempotent repository lets only the unprocessed events run again.
 */
class CallbackBatchTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .callbackCredentials(HOOK_USER, HOOK_PASSWORD).callbackRetry(3, Duration.ofMillis(50)));

    private WebhookClient webhook;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackServer.addTo(context);
        return context;
    }

    @Override
    protected void doPostSetup() {
        bandwidth.simulator().callbackUrl(CallbackServer.url(context));
        webhook = new WebhookClient(CallbackServer.port(context));
    }

    /** Event ids whose first processing fails, as a database outage would. */
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    @BindToRegistry("seen")
    private final MemoryIdempotentRepository seen = new MemoryIdempotentRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // on the default path: the simulator posts there, and retries like Bandwidth
                from(consumerUri("idempotentRepository=#seen")).routeId("idempotent")
                        .process(this::failIfAsked)
                        .to("mock:idempotent");
                from(consumerUri("webhookPath=/plain")).routeId("plain")
                        .process(this::failIfAsked)
                        .to("mock:plain");
                from(consumerUri("webhookPath=/async")).routeId("async")
                        .threads(2)
                        .delay(5).asyncDelayed()
                        .to("mock:async");
                from(consumerUri("webhookPath=/deadletter")).routeId("deadletter")
                        .errorHandler(deadLetterChannel("mock:dead"))
                        .process(this::failIfAsked)
                        .to("mock:handled");
            }

            private void failIfAsked(Exchange exchange) {
                if (failOnce.remove(exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class))) {
                    throw new IllegalStateException("database unavailable");
                }
            }
        };
    }

    private static String batch(int size, String prefix) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            body.append(i == 0 ? "" : ",").append(event("message-delivered", prefix + i, "+15554443333", null));
        }
        return body.append(']').toString();
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class))
                .toList();
    }

    @Test
    void oneFailedEventOfFiftyIsRetriedByBandwidthAndEveryEventIsProcessedOnce() throws Exception {
        failOnce.add("b-17");
        MockEndpoint idempotent = getMockEndpoint("mock:idempotent");
        idempotent.expectedMessageCount(50);

        boolean acknowledged = bandwidth.simulator().postCallback(batch(50, "b-")).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertTrue(acknowledged);
        List<CallbackAttempt> attempts = bandwidth.simulator().callbackAttempts();
        assertEquals(List.of(401, 500, 401, 200), attempts.stream().map(CallbackAttempt::status).toList(),
                "challenge, 500 for the failed event, then Bandwidth's retry is acknowledged");
        idempotent.assertIsSatisfied();
        List<String> ids = ids(idempotent);
        assertEquals(50, Set.copyOf(ids).size(), "every event exactly once: " + ids);
        assertEquals("b-17", ids.get(49), "only the failed event ran again");
        assertTrue(seen.contains("b-17|message-delivered|+15554443333"), "confirmed once processed");
    }

    @Test
    void withoutARepositoryTheRetryProcessesEveryEventAgain() throws Exception {
        failOnce.add("p-3");
        MockEndpoint plain = getMockEndpoint("mock:plain");
        String body = batch(50, "p-");

        HttpResponse<String> first = webhook.post("/plain", JSON, basic(HOOK_USER, HOOK_PASSWORD), body);

        assertEquals(500, first.statusCode(), "not acknowledged: one event was not processed");
        assertEquals("Processing failed; retry later", first.body());
        assertEquals(49, plain.getReceivedCounter(), "the failure did not stop the other events");

        HttpResponse<String> retry = webhook.post("/plain", JSON, basic(HOOK_USER, HOOK_PASSWORD), body);

        assertEquals(200, retry.statusCode());
        assertEquals(99, plain.getReceivedCounter(), "at least once: set idempotentRepository to drop duplicates");
    }

    @Test
    void duplicatesAreDroppedButAcknowledged() throws Exception {
        MockEndpoint idempotent = getMockEndpoint("mock:idempotent");
        String delivered = event("message-delivered", "d-1", "+15554443333", null);
        String body = "[" + delivered + "," + delivered + ","
                      + event("message-delivered", "d-1", "+15552223333", null) + ","
                      + event("message-sending", "d-1", "+15554443333", null) + "]";

        assertEquals(200, webhook.post(body).statusCode());
        assertEquals(200, webhook.post(body).statusCode(), "a duplicate request is acknowledged, so Bandwidth stops");
        assertEquals(200, webhook.post("[" + delivered + "]").statusCode());

        assertEquals(List.of("d-1", "d-1", "d-1"), ids(idempotent), "same message: one per recipient and type");
        assertEquals(List.of("+15554443333", "+15552223333", "+15554443333"), idempotent.getReceivedExchanges()
                .stream().map(e -> e.getMessage().getHeader(BandwidthSmsConstants.TO)).toList());
    }

    @Test
    void theAnswerWaitsUntilAnAsynchronousRouteHasProcessedEveryEvent() throws Exception {
        MockEndpoint async = getMockEndpoint("mock:async");

        HttpResponse<String> response = webhook.post("/async", JSON, basic(HOOK_USER, HOOK_PASSWORD), batch(50, "a-"));

        assertEquals(200, response.statusCode());
        assertEquals(50, async.getReceivedCounter(), "acknowledged only after the last event was processed");
        assertEquals(ids(async).stream().sorted().toList(),
                java.util.stream.IntStream.range(0, 50).mapToObj(i -> "a-" + i).sorted().toList());
    }

    @Test
    void anErrorTheRouteHandledCountsAsProcessed() throws Exception {
        failOnce.add("h-2");

        HttpResponse<String> response = webhook.post("/deadletter", JSON, basic(HOOK_USER, HOOK_PASSWORD), batch(5, "h-"));

        assertEquals(200, response.statusCode(), "the dead letter channel took the event");
        assertEquals(List.of("h-2"), ids(getMockEndpoint("mock:dead")));
        assertEquals(4, getMockEndpoint("mock:handled").getReceivedCounter());
    }
}

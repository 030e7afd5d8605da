package io.camelbandwidth.messaging;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An element of a callback that is not a Bandwidth event goes to the consumer's {@code ExceptionHandler} (or, with
 * {@code bridgeErrorHandler}, to the route's error handler), while the other events of the request are processed and
 * the request is acknowledged.
 */
class CallbackErrorHandlingTest extends CamelTestSupport {

    private static final String GOOD = event("message-delivered", "m-1", "+15554443333", null);
    private static final String NO_ID = "{\"type\":\"message-delivered\",\"to\":\"+15554443333\",\"message\":{}}";

    @BindToRegistry("recorder")
    private final RecordingHandler recorder = new RecordingHandler();

    private WebhookClient webhook;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackServer.addTo(context);
        return context;
    }

    @Override
    protected void doPostSetup() {
        webhook = new WebhookClient(CallbackServer.port(context));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("webhookPath=/handler&exceptionHandler=#recorder")).to("mock:handler");
                from(consumerUri("webhookPath=/bridged&bridgeErrorHandler=true"))
                        .errorHandler(deadLetterChannel("mock:dead"))
                        .to("mock:bridged");
                from(consumerUri("webhookPath=/logged")).to("mock:logged");
            }
        };
    }

    private HttpResponse<String> post(String path, String body) {
        return webhook.post(path, JSON, basic(HOOK_USER, HOOK_PASSWORD), body);
    }

    @Test
    void theExceptionHandlerGetsTheMalformedElementAndTheOthersAreProcessed() throws Exception {
        MockEndpoint routed = getMockEndpoint("mock:handler");
        routed.expectedMessageCount(2);

        HttpResponse<String> response = post("/handler", "[" + GOOD + "," + NO_ID + "," + GOOD.replace("m-1", "m-2") + "]");

        assertEquals(200, response.statusCode(), "a retry would bring the same element again");
        routed.assertIsSatisfied();
        assertEquals(1, recorder.handled.size());
        Handled handled = recorder.handled.get(0);
        BandwidthMalformedCallbackException problem = assertInstanceOf(BandwidthMalformedCallbackException.class,
                handled.exception());
        assertEquals(1, problem.getEventIndex());
        assertEquals("Malformed Bandwidth callback event: Event 1 has no message id", problem.getMessage());
        assertFalse(problem.getMessage().contains("+1555"), "the message never quotes the element");
        assertTrue(problem.getEventJson().contains("\"to\":\"+15554443333\""), problem.getEventJson());
        assertEquals(problem.getEventJson(), handled.body(), "the exchange carries the element");
        assertTrue(handled.message().startsWith("Element 1 of 3 of a Bandwidth callback"), handled.message());
    }

    @Test
    void withBridgeErrorHandlerTheRoutesErrorHandlerTakesIt() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);
        MockEndpoint routed = getMockEndpoint("mock:bridged");
        routed.expectedMessageCount(1);

        assertEquals(200, post("/bridged", "[" + NO_ID + "," + GOOD + "]").statusCode());

        routed.assertIsSatisfied();
        dead.assertIsSatisfied();
        Exception caught = dead.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertEquals(0, assertInstanceOf(BandwidthMalformedCallbackException.class, caught).getEventIndex());
    }

    @Test
    void byDefaultTheElementIsLoggedAndTheRequestAcknowledged() throws Exception {
        MockEndpoint routed = getMockEndpoint("mock:logged");
        routed.expectedMessageCount(1);

        assertEquals(200, post("/logged", "[" + NO_ID + "," + GOOD + "]").statusCode());

        routed.assertIsSatisfied();
    }

    @Test
    void aFailingExceptionHandlerDoesNotCostTheAnswer() throws Exception {
        recorder.failing = true;
        MockEndpoint routed = getMockEndpoint("mock:handler");
        routed.expectedMessageCount(1);

        assertEquals(200, post("/handler", "[" + NO_ID + "," + GOOD + "]").statusCode());

        routed.assertIsSatisfied();
    }

    private record Handled(String message, Object body, Throwable exception) {
    }

    private static final class RecordingHandler implements ExceptionHandler {

        final List<Handled> handled = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public void handleException(Throwable exception) {
            handleException(null, null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            if (failing) {
                throw new IllegalStateException("handler down");
            }
            handled.add(new Handled(message, exchange == null ? null : exchange.getIn().getBody(), exception));
        }
    }
}

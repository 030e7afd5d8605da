package io.camelbandwidth.messaging;

import java.net.http.HttpResponse;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idempotent repository is the consumers' shared memory of what was processed: one consumer stopping does not
 * empty it for the others, and nobody without the callback credentials can write into it.
 */
class CallbackIdempotentRepositoryTest extends CamelTestSupport {

    private static final String DELIVERED = "[" + event("message-delivered", "m-1", "+15554443333", null) + "]";
    private static final String KEY = "m-1|message-delivered|+15554443333";

    /** Set once on the component, so every consumer shares it. */
    private final MemoryIdempotentRepository shared = new MemoryIdempotentRepository();
    private WebhookClient webhook;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackServer.addTo(context);
        BandwidthSmsComponent component = new BandwidthSmsComponent();
        component.getConfiguration().setIdempotentRepository(shared);
        context.addComponent("bandwidth-sms", component);
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
                from(consumerUri("webhookPath=/status")).routeId("status").to("mock:status");
                from(consumerUri("webhookPath=/inbound")).routeId("inbound").to("mock:inbound");
            }
        };
    }

    private HttpResponse<String> post(String path, String authorization, String body) {
        return webhook.post(path, JSON, authorization, body);
    }

    @Test
    void oneConsumerStoppingDoesNotEmptyTheRepositoryOfTheOthers() throws Exception {
        MockEndpoint status = getMockEndpoint("mock:status");
        status.expectedMessageCount(1);
        assertEquals(200, post("/status", basic(HOOK_USER, HOOK_PASSWORD), DELIVERED).statusCode());

        context.getRouteController().stopRoute("inbound");
        // Bandwidth delivers the same event again
        assertEquals(200, post("/status", basic(HOOK_USER, HOOK_PASSWORD), DELIVERED).statusCode());

        status.assertIsSatisfied();
        assertTrue(shared.isStarted(), "still in use by the status consumer");
        assertTrue(shared.contains(KEY));
    }

    @Test
    void aRouteThatIsRestartedStillKnowsWhatItProcessed() throws Exception {
        MockEndpoint status = getMockEndpoint("mock:status");
        status.expectedMessageCount(1);
        assertEquals(200, post("/status", basic(HOOK_USER, HOOK_PASSWORD), DELIVERED).statusCode());

        context.getRouteController().stopRoute("status");
        context.getRouteController().startRoute("status");
        assertEquals(200, post("/status", basic(HOOK_USER, HOOK_PASSWORD), DELIVERED).statusCode());

        status.assertIsSatisfied();
    }

    @Test
    void theContextStopsTheRepository() {
        context.stop();

        assertFalse(shared.isStarted());
    }

    @Test
    void aForgedEventClaimsNoKeyAndTheRealOneIsProcessed() throws Exception {
        MockEndpoint status = getMockEndpoint("mock:status");
        status.expectedMessageCount(1);

        assertEquals(401, post("/status", null, DELIVERED).statusCode());
        assertEquals(401, post("/status", basic(HOOK_USER, "guess"), DELIVERED).statusCode());
        assertFalse(shared.contains(KEY), "nothing of an unauthenticated request reaches the repository");
        assertEquals(200, post("/status", basic(HOOK_USER, HOOK_PASSWORD), DELIVERED).statusCode());

        status.assertIsSatisfied();
    }

    @Test
    void aRefusedRequestClaimsNoKeyOfItsWellFormedEvents() throws Exception {
        MockEndpoint status = getMockEndpoint("mock:status");
        status.expectedMessageCount(1);
        StringBuilder tooMany = new StringBuilder(DELIVERED.substring(0, DELIVERED.length() - 1));
        for (int i = 0; i < 1000; i++) {
            tooMany.append(",{}");
        }

        assertEquals(413, post("/status", basic(HOOK_USER, HOOK_PASSWORD), tooMany.append(']').toString()).statusCode());
        assertFalse(shared.contains(KEY));
        assertEquals(200, post("/status", basic(HOOK_USER, HOOK_PASSWORD), DELIVERED).statusCode());

        status.assertIsSatisfied();
    }
}

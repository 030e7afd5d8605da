package io.camelbandwidth.messaging;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The consumer's meters: events received by type (a type Bandwidth does not document counts as {@code other}), events
 * dropped as duplicates by the idempotent repository, and events that failed in the route.
 */
class CallbackMetricsTest extends CamelTestSupport {

    private static final String DELIVERED = event("message-delivered", "m-1", "+15554443333", null);
    private static final String RECEIVED = event("message-received", "m-2", "+15554443333", null);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private WebhookClient webhook;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackServer.addTo(context);
        context.getRegistry().bind("meters", meters);
        context.getRegistry().bind("seen", new MemoryIdempotentRepository());
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
                from(consumerUri("idempotentRepository=#seen"))
                        .filter(header(BandwidthSmsConstants.MESSAGE_ID).isEqualTo("boom"))
                        .throwException(new IllegalStateException("the route failed"));
            }
        };
    }

    private int post(String... events) {
        return webhook.post(CallbackServer.PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD),
                "[" + String.join(",", events) + "]").statusCode();
    }

    @Test
    void countsEventsByTypeDuplicatesAndFailures() {
        assertEquals(200, post(DELIVERED, RECEIVED));
        assertEquals(200, post(DELIVERED), "Bandwidth sends the same event again");
        assertEquals(500, post(event("message-failed", "boom", "+15554443333", 4720)));
        assertEquals(200, post(event("message-teleported", "m-3", "+15554443333", null)));

        assertEquals(2, received("message-delivered"));
        assertEquals(1, received("message-received"));
        assertEquals(1, received("message-failed"));
        assertEquals(1, received("other"), "an undocumented type makes no meter of its own");
        assertEquals(1, meters.get("bandwidth.callbacks.duplicates").tag("account", ACCOUNT_ID).counter().count());
        assertEquals(1, meters.get("bandwidth.callbacks.failed").tag("account", ACCOUNT_ID).counter().count());
    }

    private double received(String type) {
        return meters.get("bandwidth.callbacks.received").tags("account", ACCOUNT_ID, "type", type).counter().count();
    }
}

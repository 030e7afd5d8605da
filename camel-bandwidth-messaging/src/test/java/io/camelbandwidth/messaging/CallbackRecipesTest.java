package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.List;

import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes docs/callbacks.md recommends, run as written: an auto-reply that does not loop, the hand-off to a
 * queue, and the branch on what an error code means.
 */
class CallbackRecipesTest extends CamelTestSupport {

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

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the auto-reply from the docs: only inbound events, headers set deliberately
                from(consumerUri("")).routeId("callbacks")
                        .to("mock:all")
                        .filter(header(BandwidthSmsConstants.DIRECTION).isEqualTo("in"))
                        .filter(simple("${body.message.text} =~ 'help'"))
                        .setHeader(BandwidthSmsConstants.TO, header(BandwidthSmsConstants.FROM))
                        .setHeader(BandwidthSmsConstants.FROM, simple("${body.to}"))
                        .removeHeader(BandwidthSmsConstants.TAG)
                        .setBody(constant("Reply STOP to unsubscribe."))
                        .to(bandwidth.oauthUri(""));

                // the hand-off from the docs, with seda standing in for the JMS queue
                from(consumerUri("webhookPath=/handoff"))
                        .marshal().json()
                        .to(ExchangePattern.InOnly, "seda:bandwidth-events");
                from("seda:bandwidth-events")
                        .unmarshal().json(BandwidthCallback.class)
                        .to("mock:worked");

                // the branch on the error code from the docs
                from(consumerUri("webhookPath=/status"))
                        .filter(header(BandwidthSmsConstants.EVENT_TYPE).isEqualTo("message-failed"))
                        .choice()
                            .when(header(BandwidthSmsConstants.ERROR_RESEND_MAY_HELP).isEqualTo(true))
                                .to("mock:resend-later")
                            .when(header(BandwidthSmsConstants.ERROR_CODE).isEqualTo(4775))
                                .to("mock:unsubscribe")
                            .otherwise()
                                .to("mock:give-up");
            }
        };
    }

    @Test
    void helpIsAnsweredOnceAndTheReplysOwnStatusIsNotAnswered() throws Exception {
        MockEndpoint all = getMockEndpoint("mock:all");
        all.expectedMessageCount(2); // the inbound HELP, then the delivery status of the reply

        bandwidth.simulator().sendInbound(ACCOUNT_ID, "+15557778888", FROM, "Help", List.of());

        all.assertIsSatisfied(WAIT.toMillis());
        List<AcceptedMessage> accepted = bandwidth.simulator().acceptedMessages();
        assertEquals(1, accepted.size(), "one reply, no loop");
        assertEquals(List.of("+15557778888"), accepted.get(0).to());
        assertEquals(FROM, accepted.get(0).from());
        assertEquals("Reply STOP to unsubscribe.", accepted.get(0).text());
        assertEquals("message-delivered", all.getReceivedExchanges().get(1).getMessage()
                .getHeader(BandwidthSmsConstants.EVENT_TYPE));
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 2);
    }

    @Test
    void eventsHandedToAQueueKeepTheirShape() throws Exception {
        MockEndpoint worked = getMockEndpoint("mock:worked");
        worked.expectedMessageCount(1);
        String event = event("message-failed", "q-1", "+15554443333", 5600)
                .replace("\"description\"", "\"novelty\":{\"x\":1},\"description\"");

        assertEquals(200, webhook.post("/handoff", JSON, basic(HOOK_USER, HOOK_PASSWORD), "[" + event + "]").statusCode());

        worked.assertIsSatisfied();
        BandwidthCallback received = worked.getReceivedExchanges().get(0).getMessage().getBody(BandwidthCallback.class);
        assertEquals("q-1", received.getMessage().getId());
        assertEquals(5600, received.getErrorCode());
        assertEquals("tag-q-1", received.getMessage().getTag());
        assertEquals(2026, received.getTime().getYear());
        assertTrue(received.getAdditionalProperties().containsKey("novelty"));
    }

    @Test
    void failedDeliveriesAreSortedByWhatTheCodeMeans() throws Exception {
        getMockEndpoint("mock:resend-later").expectedBodiesReceived();
        String body = "[" + event("message-failed", "s-1", "+15554443333", 5600) + ","
                      + event("message-failed", "s-2", "+15554443333", 4775) + ","
                      + event("message-failed", "s-3", "+15554443333", 4720) + ","
                      + event("message-delivered", "s-4", "+15554443333", null) + "]";

        assertEquals(200, webhook.post("/status", JSON, basic(HOOK_USER, HOOK_PASSWORD), body).statusCode());

        assertEquals(List.of("s-1"), ids("mock:resend-later"));
        assertEquals(List.of("s-2"), ids("mock:unsubscribe"));
        assertEquals(List.of("s-3"), ids("mock:give-up"));
    }

    private List<Object> ids(String mock) {
        return getMockEndpoint(mock).getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID)).toList();
    }
}

package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.List;

import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.model.multichannel.ChannelListItem;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import io.camelbandwidth.messaging.model.multichannel.RbmAction;
import io.camelbandwidth.messaging.model.multichannel.RbmContent;
import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A multi-channel message sent through the producer, its status and the recipient's RBM replies received through the
 * consumer, over real HTTP: the channel it went out on, and typed inbound RBM events a route can branch on.
 */
class MultiChannelCallbackTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .callbackCredentials(HOOK_USER, HOOK_PASSWORD).callbackRetry(3, Duration.ofMillis(50)));

    private static final String HANDSET = "+15552223333";
    private static final String AGENT = "BandwidthRBM";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackServer.addTo(context);
        return context;
    }

    @Override
    protected void doPostSetup() {
        bandwidth.simulator().callbackUrl(CallbackServer.url(context));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("operation=sendMultiChannelMessage&from=" + FROM));
                from(consumerUri(""))
                    .choice()
                        .when(header(BandwidthSmsConstants.EVENT_TYPE).isEqualTo(BandwidthCallback.SUGGESTION_RESPONSE))
                            .setHeader("choice", simple("${body.message.suggestionResponse.postbackDataAsText}"))
                    .end()
                    .to("mock:callbacks");
            }
        };
    }

    private String send() {
        MultiChannelMessageRequest request = MultiChannelMessageRequest.to(HANDSET)
                .channel(ChannelListItem.rbm(AGENT, RbmContent.text("Your order shipped",
                        RbmAction.reply("Track it", "track:42"))))
                .channel(ChannelListItem.sms(null, "Your order shipped"))
                .tag("order-42");
        Exchange sent = template.request("direct:send", e -> e.getMessage().setBody(request));
        assertNull(sent.getException(), () -> "send failed: " + sent.getException());
        return sent.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class);
    }

    /** The mock expecting this many events; set before they are triggered (they may arrive before a send returns). */
    private MockEndpoint expect(int count) {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(count);
        return callbacks;
    }

    private static List<Message> received(MockEndpoint callbacks) throws InterruptedException {
        callbacks.assertIsSatisfied(WAIT.toMillis());
        return callbacks.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
    }

    @Test
    void anRbmMessageIsReportedDeliveredAndReadOnItsChannel() throws Exception {
        MockEndpoint callbacks = expect(2);
        String id = send();

        List<Message> received = received(callbacks);
        BandwidthCallback delivered = received.get(0).getBody(BandwidthCallback.class);
        BandwidthCallback read = received.get(1).getBody(BandwidthCallback.class);
        assertEquals(BandwidthCallback.MESSAGE_DELIVERED, delivered.getType());
        assertEquals(BandwidthCallback.MESSAGE_READ, read.getType());
        assertNotNull(read.getEventTime(), "when it was read");
        for (Message message : received) {
            BandwidthCallback event = message.getBody(BandwidthCallback.class);
            assertEquals("RBM", event.getMessage().getChannel());
            assertFalse(event.isInbound());
            assertEquals(id, message.getHeader(BandwidthSmsConstants.MESSAGE_ID));
            assertEquals("order-42", message.getHeader(BandwidthSmsConstants.TAG));
            assertEquals(AGENT, message.getHeader(BandwidthSmsConstants.FROM));
        }
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 2);
    }

    @Test
    void aHandsetWithoutRbmIsReachedByTheSmsFallback() throws Exception {
        bandwidth.simulator().rbmUnavailable(HANDSET);
        MockEndpoint callbacks = expect(1);
        String id = send();

        BandwidthCallback delivered = received(callbacks).get(0).getBody(BandwidthCallback.class);
        assertEquals(BandwidthCallback.MESSAGE_DELIVERED, delivered.getType());
        assertEquals("SMS", delivered.getMessage().getChannel());
        assertEquals(FROM, delivered.getMessage().getFrom());
        assertEquals(id, delivered.getMessage().getId());
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
    }

    @Test
    void theRecipientsRbmRepliesArriveTypedAsInboundEvents() throws Exception {
        MockEndpoint callbacks = expect(3);
        // one after the other, so that they arrive in this order
        bandwidth.simulator().sendSuggestionResponse(HANDSET, AGENT, "Track it", "dHJhY2s6NDI=", "m-1");
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
        bandwidth.simulator().sendLocationResponse(HANDSET, AGENT, 37.7749, -122.4194);
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 2);
        bandwidth.simulator().sendInboundRbm(HANDSET, AGENT, "Where is it?", null);

        List<Message> received = received(callbacks);
        for (Message message : received) {
            BandwidthCallback event = message.getBody(BandwidthCallback.class);
            assertTrue(event.isInbound(), event.getType());
            assertEquals("RBM", event.getMessage().getChannel());
            assertEquals(HANDSET, message.getHeader(BandwidthSmsConstants.FROM), "the handset");
            assertEquals(AGENT, message.getHeader(BandwidthSmsConstants.TO), "your RBM agent");
            assertEquals("in", message.getHeader(BandwidthSmsConstants.DIRECTION));
        }
        assertEquals(BandwidthCallback.SUGGESTION_RESPONSE, received.get(0).getHeader(BandwidthSmsConstants.EVENT_TYPE));
        BandwidthCallback tapped = received.get(0).getBody(BandwidthCallback.class);
        assertEquals("Track it", tapped.getMessage().getSuggestionResponse().getText());
        assertEquals("m-1", tapped.getMessage().getSuggestionResponse().getPairedMessageId());
        assertEquals("track:42", received.get(0).getHeader("choice"), "the postback the route set, decoded");
        BandwidthCallback shared = received.get(1).getBody(BandwidthCallback.class);
        assertEquals(BandwidthCallback.REQUESTED_LOCATION_RESPONSE, shared.getType());
        assertEquals(37.7749, shared.getMessage().getLocationResponse().getLatitude());
        assertEquals(-122.4194, shared.getMessage().getLocationResponse().getLongitude());
        BandwidthCallback wrote = received.get(2).getBody(BandwidthCallback.class);
        assertEquals(BandwidthCallback.MESSAGE_RECEIVED, wrote.getType());
        assertEquals("Where is it?", wrote.getMessage().getContent().getText());
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 3);
    }
}

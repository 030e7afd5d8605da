package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.List;

import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.model.ErrorCategory;
import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import io.camelbandwidth.simulator.CallbackAttempt;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Send through the producer, receive the delivery status through the consumer: over real HTTP, with Bandwidth's
 * challenge-response authentication answered by the simulator.
 */
class CallbackEndToEndTest extends CamelTestSupport {

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

    private static final String LOGO = "https://dev.bandwidth.com/images/bandwidth-logo.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM));
                from(consumerUri("")).to("mock:callbacks");
            }
        };
    }

    private Exchange send(String to, String tag, String media) {
        Exchange sent = template.request("direct:send", e -> {
            e.getMessage().setBody("Your order shipped");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, to);
            e.getMessage().setHeader(BandwidthSmsConstants.TAG, tag);
            if (media != null) {
                e.getMessage().setHeader(BandwidthSmsConstants.MEDIA, media);
            }
        });
        assertNull(sent.getException(), () -> "send failed: " + sent.getException());
        return sent;
    }

    @Test
    void sentMessageIsReportedDeliveredWithTheSameIdAndTag() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        String id = send("+15554443333", "order-42", null).getMessage()
                .getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class);

        callbacks.assertIsSatisfied(WAIT.toMillis());
        Message received = callbacks.getReceivedExchanges().get(0).getMessage();
        BandwidthCallback event = received.getBody(BandwidthCallback.class);
        assertEquals(BandwidthCallback.MESSAGE_DELIVERED, event.getType());
        assertEquals(id, event.getMessage().getId());
        assertEquals("order-42", event.getMessage().getTag());
        assertEquals("out", event.getMessage().getDirection());
        assertEquals(List.of("+15554443333"), event.getMessage().getTo());
        assertEquals(id, received.getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals("order-42", received.getHeader(BandwidthSmsConstants.TAG));
        assertEquals("message-delivered", received.getHeader(BandwidthSmsConstants.EVENT_TYPE));
        assertEquals("+15554443333", received.getHeader(BandwidthSmsConstants.TO));
        assertEquals(FROM, received.getHeader(BandwidthSmsConstants.FROM));
        assertEquals("out", received.getHeader(BandwidthSmsConstants.DIRECTION));
        assertEquals("ok", received.getHeader(BandwidthSmsConstants.DESCRIPTION));
        assertEquals(1, received.getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
        assertFalse(received.getHeaders().containsKey(BandwidthSmsConstants.ERROR_CODE));

        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
        assertEquals(List.of(false, true), bandwidth.simulator().callbackAttempts().stream()
                .map(CallbackAttempt::authorizationSent).toList(), "challenged first, accepted with the credentials");
    }

    @Test
    void mmsToAGroupReportsSendingThenDeliveredPerRecipient() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(4);

        String id = send("+15554443333,+15552223333", "group-1", LOGO).getMessage()
                .getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class);

        callbacks.assertIsSatisfied(WAIT.toMillis());
        List<String> seen = callbacks.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(BandwidthSmsConstants.EVENT_TYPE) + " "
                          + e.getMessage().getHeader(BandwidthSmsConstants.TO))
                .toList();
        assertEquals(List.of("message-sending +15554443333", "message-delivered +15554443333",
                "message-sending +15552223333", "message-delivered +15552223333"), seen);
        assertTrue(callbacks.getReceivedExchanges().stream()
                .allMatch(e -> id.equals(e.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID))
                               && "group-1".equals(e.getMessage().getHeader(BandwidthSmsConstants.TAG))));
        BandwidthCallback last = callbacks.getReceivedExchanges().get(3).getMessage().getBody(BandwidthCallback.class);
        assertEquals(List.of(LOGO), last.getMessage().getMedia());
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 4);
    }

    @Test
    void failedDeliveryCarriesTheErrorCodeAndWhatItMeans() throws Exception {
        bandwidth.simulator().failRecipient("+15554443333", 4720);
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        send("+15554443333", "t-failed", null);

        callbacks.assertIsSatisfied(WAIT.toMillis());
        Message received = callbacks.getReceivedExchanges().get(0).getMessage();
        assertEquals("message-failed", received.getHeader(BandwidthSmsConstants.EVENT_TYPE));
        assertEquals(4720, received.getHeader(BandwidthSmsConstants.ERROR_CODE));
        assertEquals("invalid-destination-address", received.getHeader(BandwidthSmsConstants.ERROR_NAME));
        assertEquals("invalid-destination-address", received.getHeader(BandwidthSmsConstants.DESCRIPTION));
        assertEquals(ErrorCategory.CLIENT,
                received.getHeader(BandwidthSmsConstants.ERROR_CATEGORY));
        assertEquals(false, received.getHeader(BandwidthSmsConstants.ERROR_RESEND_MAY_HELP));
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
    }

    @ParameterizedTest
    @CsvSource({
            "4432, rejected-forbidden-country, CLIENT, false",
            "4775, destination-rejected-due-to-user-opt-out, CLIENT, false",
            "5600, destination-carrier-queue-full, CARRIER, true",
            "5100, temporary-app-error, BANDWIDTH_SERVER, true",
            "9902, delivery-receipt-expired, AMBIGUOUS, false",
            "4799, , CLIENT, false" })
    void everyErrorCategoryReachesTheRoute(int code, String name, ErrorCategory category, boolean resendMayHelp)
            throws Exception {
        bandwidth.simulator().failRecipient("+15552223333", code);
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        send("+15552223333", "t-" + code, null);

        callbacks.assertIsSatisfied(WAIT.toMillis());
        Message received = callbacks.getReceivedExchanges().get(0).getMessage();
        assertEquals(code, received.getHeader(BandwidthSmsConstants.ERROR_CODE));
        assertEquals(category, received.getHeader(BandwidthSmsConstants.ERROR_CATEGORY));
        assertEquals(name, received.getHeader(BandwidthSmsConstants.ERROR_NAME));
        assertEquals(resendMayHelp, received.getHeader(BandwidthSmsConstants.ERROR_RESEND_MAY_HELP));
        assertEquals(category, received.getBody(BandwidthCallback.class).getErrorCodeInfo().orElseThrow().category());
        // a route can branch on it in the simple language
        assertTrue(context.resolveLanguage("simple")
                .createPredicate("${header.CamelBandwidthErrorCategory} == '" + category.name() + "'")
                .matches(callbacks.getReceivedExchanges().get(0)));
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
    }

    @Test
    void inboundMessageArrivesWithItsTextAndMedia() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        String id = bandwidth.simulator().sendInbound(ACCOUNT_ID, "+15557778888", FROM, "STOP", List.of("photo.jpg"));

        callbacks.assertIsSatisfied(WAIT.toMillis());
        Message received = callbacks.getReceivedExchanges().get(0).getMessage();
        BandwidthCallback event = received.getBody(BandwidthCallback.class);
        assertTrue(event.isInbound());
        assertEquals("STOP", event.getMessage().getText());
        assertEquals("in", event.getMessage().getDirection());
        assertEquals(1, event.getMessage().getMedia().size());
        assertTrue(event.getMessage().getMedia().get(0).endsWith("/media/" + id + "/0/photo.jpg"));
        assertEquals(id, received.getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals("+15557778888", received.getHeader(BandwidthSmsConstants.FROM), "the handset");
        assertEquals(FROM, received.getHeader(BandwidthSmsConstants.TO), "your number");
        assertEquals("message-received", received.getHeader(BandwidthSmsConstants.EVENT_TYPE));
        assertFalse(received.getHeaders().containsKey(BandwidthSmsConstants.TAG));
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
    }
}

package io.camelbandwidth.messaging;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.PATH;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the consumer accepts: Bandwidth's batches, a lone event, event types and fields it does not know; what it
 * refuses before any route sees it: a body that is not events, other content types, bodies over the limit, too many
 * events; and what it sets aside while the other events go on: an element that is not an event.
 */
class CallbackInputTest extends CamelTestSupport {

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

    private static final String DELIVERED = event("message-delivered", "m-1", "+15554443333", null);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("maxBodySize=4096&maxEventsPerRequest=3")).to("mock:callbacks");
            }
        };
    }

    private MockEndpoint callbacks(int expected) {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(expected);
        return callbacks;
    }

    /** An error answer is short text: no stack trace, no internals, nothing echoed from the body. */
    private static void assertRefused(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().length() < 120, response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void aBatchBecomesOneExchangePerEventInOrder() throws Exception {
        MockEndpoint callbacks = callbacks(3);

        HttpResponse<String> response = webhook.post("[" + DELIVERED + ","
                                              + event("message-failed", "m-2", "+15552223333", 4432) + ","
                                              + event("message-sending", "m-3", "+15554443333", null) + "]");

        assertEquals(200, response.statusCode());
        callbacks.assertIsSatisfied();
        assertEquals(List.of("m-1", "m-2", "m-3"), callbacks.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID)).toList());
    }

    @Test
    void aLoneEventIsAccepted() throws Exception {
        MockEndpoint callbacks = callbacks(1);

        assertEquals(200, webhook.post(DELIVERED).statusCode());

        callbacks.assertIsSatisfied();
    }

    @Test
    void anEmptyBatchIsAcknowledged() throws Exception {
        MockEndpoint callbacks = callbacks(0);

        assertEquals(200, webhook.post("[]").statusCode());

        callbacks.assertIsSatisfied();
    }

    @Test
    void unknownEventTypesAndFieldsPassThrough() throws Exception {
        MockEndpoint callbacks = callbacks(1);
        String future = "[{\"type\":\"message-teleported\",\"time\":\"2027-01-01T00:00:00Z\",\"to\":\"+15554443333\","
                        + "\"description\":\"a new kind of event\",\"galaxy\":\"Andromeda\",\"carrierName\":\"Acme\","
                        + "\"message\":{\"id\":\"m-future\",\"direction\":\"out\",\"to\":[\"+15554443333\"],"
                        + "\"from\":\"+15551113333\",\"priority\":\"urgent\",\"channel\":\"RBM\","
                        + "\"hologram\":{\"text\":\"Yes\",\"postbackData\":\"abc\"}}}]";

        assertEquals(200, webhook.post(future).statusCode());

        callbacks.assertIsSatisfied();
        Message received = callbacks.getReceivedExchanges().get(0).getMessage();
        assertEquals("message-teleported", received.getHeader(BandwidthSmsConstants.EVENT_TYPE));
        BandwidthCallback event = received.getBody(BandwidthCallback.class);
        assertEquals("Andromeda", event.getAdditionalProperties().get("galaxy"));
        assertEquals("Acme", event.getCarrierName());
        assertEquals("urgent", event.getMessage().getPriority());
        assertEquals(Map.of("text", "Yes", "postbackData", "abc"),
                event.getMessage().getAdditionalProperties().get("hologram"));
    }

    @Test
    void bandwidthsDocumentedFailedEventIsRead() throws Exception {
        MockEndpoint callbacks = callbacks(1);
        // the shape of the spec's messageFailedCallback example, wrapped in the array Bandwidth really sends
        String failed = "[{\"type\":\"message-failed\",\"time\":\"2024-12-18T16:51:27.704450Z\","
                        + "\"description\":\"forbidden to country\",\"to\":\"+52345678903\",\"errorCode\":4432,"
                        + "\"message\":{\"id\":\"14762070468292kw2fuqty55yp2b2\",\"time\":\"2024-12-18T16:51:27.704450Z\","
                        + "\"to\":[\"+12345678902\",\"+52345678903\"],\"from\":\"+12345678901\",\"text\":\"\","
                        + "\"applicationId\":\"93de2206-9669-4e07-948d-329f4b722ee2\","
                        + "\"media\":[\"https://dev.bandwidth.com/images/bandwidth-logo.png\"],"
                        + "\"owner\":\"+12345678901\",\"direction\":\"out\",\"segmentCount\":1}}]";

        assertEquals(200, webhook.post(failed).statusCode());

        callbacks.assertIsSatisfied();
        BandwidthCallback event = callbacks.getReceivedExchanges().get(0).getMessage().getBody(BandwidthCallback.class);
        assertEquals(4432, event.getErrorCode());
        assertEquals("+52345678903", event.getTo());
        assertEquals(List.of("+12345678902", "+52345678903"), event.getMessage().getTo());
        assertEquals(2024, event.getTime().getYear());
        assertEquals(704450000, event.getTime().getNano());
        assertEquals("rejected-forbidden-country", event.getErrorCodeInfo().orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{", "[", "not json", "[" + "{\"type\":\"message-delivered\"" + "]", "\"a string\"", "42", "null",
            "[{\"type\":\"message-delivered\",\"message\":{\"id\":\"m-1\"}}] trailing",
            "[{\"type\":\"message-delivered\",\"message\":{\"id\":\"m-1\"}}][]" })
    void aBodyThatIsNotEventsIsRefusedAndNothingReachesTheRoute(String body) throws Exception {
        MockEndpoint callbacks = callbacks(0);

        assertRefused(400, webhook.post(body));

        callbacks.assertIsSatisfied();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[42]", "[null]", "[[]]", "[{}]",
            "[{\"type\":\"message-delivered\",\"to\":\"+15554443333\"}]",
            "[{\"type\":\"message-delivered\",\"message\":{}}]",
            "[{\"type\":\"message-delivered\",\"message\":{\"id\":\"\"}}]",
            "[{\"type\":\"message-delivered\",\"message\":\"m-1\"}]",
            "[{\"type\":\"\",\"message\":{\"id\":\"m-1\"}}]",
            "[{\"type\":7,\"message\":{\"id\":\"m-1\"}}]",
            "[{\"type\":\"message-failed\",\"errorCode\":\"not-a-number\",\"message\":{\"id\":\"m-1\"}}]",
            "[{\"type\":\"message-delivered\",\"time\":\"yesterday\",\"message\":{\"id\":\"m-1\"}}]",
            "[{\"type\":\"message-delivered\",\"message\":{\"id\":\"m-1\",\"segmentCount\":{}}}] ",
            "{\"type\":\"message-delivered\"}" })
    void anElementThatIsNotAnEventReachesNoRouteAndIsNotRetried(String body) throws Exception {
        MockEndpoint callbacks = callbacks(0);

        // Bandwidth would send the same element again: a retry cannot mend it (see CallbackErrorHandlingTest)
        assertEquals(200, webhook.post(body).statusCode());

        callbacks.assertIsSatisfied();
    }

    @Test
    void oneMalformedEventDoesNotCostTheOthers() throws Exception {
        MockEndpoint callbacks = callbacks(2);

        HttpResponse<String> response = webhook.post("[" + DELIVERED + ",{\"type\":\"message-delivered\"},"
                                                     + event("message-failed", "m-2", "+15552223333", 4432) + "]");

        assertEquals(200, response.statusCode());
        callbacks.assertIsSatisfied();
        assertEquals(List.of("m-1", "m-2"), callbacks.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID)).toList());
    }

    @Test
    void moreEventsThanMaxEventsPerRequestAreRefusedAndNoneIsRouted() throws Exception {
        MockEndpoint callbacks = callbacks(3);
        String three = "[" + DELIVERED + "," + DELIVERED.replace("m-1", "m-2") + "," + DELIVERED.replace("m-1", "m-3");

        assertRefused(413, webhook.post(three + ",{}]"));
        assertEquals(200, webhook.post(three + "]").statusCode());

        callbacks.assertIsSatisfied();
    }

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        MockEndpoint callbacks = callbacks(0);

        assertRefused(400, webhook.post(""));

        callbacks.assertIsSatisfied();
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "application/xml",
            "application/json; charset=klingon", "application/jsonp" })
    void otherContentTypesAreRefused(String contentType) throws Exception {
        MockEndpoint callbacks = callbacks(0);

        assertRefused(415, webhook.post(PATH, contentType, basic(HOOK_USER, HOOK_PASSWORD), "[" + DELIVERED + "]"));

        callbacks.assertIsSatisfied();
    }

    @Test
    void aMissingContentTypeIsRefused() throws Exception {
        MockEndpoint callbacks = callbacks(0);

        assertRefused(415, webhook.post(PATH, null, basic(HOOK_USER, HOOK_PASSWORD), "[" + DELIVERED + "]"));

        callbacks.assertIsSatisfied();
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "Application/JSON;charset=UTF-8", "application/json; charset=\"utf-8\"" })
    void jsonContentTypesAreAccepted(String contentType) throws Exception {
        MockEndpoint callbacks = callbacks(1);

        assertEquals(200, webhook.post(PATH, contentType, basic(HOOK_USER, HOOK_PASSWORD), "[" + DELIVERED + "]").statusCode());

        callbacks.assertIsSatisfied();
    }

    @Test
    void aDeclaredCharsetIsHonoured() throws Exception {
        MockEndpoint callbacks = callbacks(1);
        String body = "[" + DELIVERED.replace("\"description\":\"ok\"", "\"description\":\"reçu\"") + "]";

        HttpResponse<String> response = webhook.post(PATH, "application/json; charset=ISO-8859-1",
                basic(HOOK_USER, HOOK_PASSWORD), HttpRequest.BodyPublishers.ofByteArray(
                        body.getBytes(StandardCharsets.ISO_8859_1)));

        assertEquals(200, response.statusCode());
        callbacks.assertIsSatisfied();
        assertEquals("reçu", callbacks.getReceivedExchanges().get(0).getMessage()
                .getHeader(BandwidthSmsConstants.DESCRIPTION));
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        MockEndpoint callbacks = callbacks(0);
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            batch.append(i == 0 ? "" : ",").append(event("message-delivered", "m-" + i, "+15554443333", null));
        }
        String body = batch.append(']').toString();
        assertTrue(body.length() > 4096);

        assertRefused(413, webhook.post(body));

        callbacks.assertIsSatisfied();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutContentLength() throws Exception {
        MockEndpoint callbacks = callbacks(0);
        byte[] big = ("[" + DELIVERED + "," + " ".repeat(5000) + DELIVERED + "]").getBytes(StandardCharsets.UTF_8);
        // a streamed (chunked) body declares no length
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big));

        assertRefused(413, webhook.post(PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD), chunked));

        callbacks.assertIsSatisfied();
    }

    @Test
    void onlyPostIsServed() throws Exception {
        MockEndpoint callbacks = callbacks(0);
        HttpRequest get = HttpRequest.newBuilder(URI.create(CallbackServer.url(context))).timeout(Duration.ofSeconds(10))
                .header("Authorization", basic(HOOK_USER, HOOK_PASSWORD)).GET().build();

        int status = WebhookClient.HTTP.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();

        assertTrue(status == 405 || status == 404, "GET is not served: " + status);
        callbacks.assertIsSatisfied();
    }
}

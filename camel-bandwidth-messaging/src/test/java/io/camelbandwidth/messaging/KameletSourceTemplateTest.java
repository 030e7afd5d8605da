package io.camelbandwidth.messaging;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import io.camelbandwidth.simulator.CallbackAttempt;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.processor.transformer.DelegatingDataTypeProcessor;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the shipped source Kamelet's template for real: loaded as a route (see {@link Kamelets#load}) whose
 * {@code kamelet:sink} is {@code mock:events}, its consumer on a real platform-http-vertx server on loopback, the
 * simulator posting Bandwidth's callbacks there with the challenge answered by the Kamelet's callback credentials.
 */
class KameletSourceTemplateTest extends CamelTestSupport {

    /** Not the consumer's default path: proves {@code webhookPath} reaches the endpoint. */
    private static final String KAMELET_PATH = "/kamelet/bandwidth-events";
    private static final String EVENTS = "mock:events";
    /** The reverse-DNS prefix of the CloudEvents types. */
    private static final String EVENT_TYPE = "io.camelbandwidth.event.bandwidth.sms.";

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
        bandwidth.simulator().callbackUrl("http://127.0.0.1:" + CallbackServer.port(context) + KAMELET_PATH);
        webhook = new WebhookClient(CallbackServer.port(context));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM));
            }
        };
    }

    /** Loads the source Kamelet with the callback credentials, the test's path and these further properties. */
    private MockEndpoint load(String id, String... more) throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of("accountId", ACCOUNT_ID, "callbackUsername", HOOK_USER,
                "callbackPassword", HOOK_PASSWORD, "webhookPath", KAMELET_PATH));
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        Kamelets.load(context, KameletRulesTest.SOURCE, id, properties, "unused:source", EVENTS);
        return getMockEndpoint(EVENTS);
    }

    private static JsonNode json(Message message) throws Exception {
        return Kamelets.JSON.readTree(message.getBody(String.class));
    }

    private static void assertNoComponentHeaders(Message message) {
        assertTrue(message.getHeaders().keySet().stream().noneMatch(h -> h.startsWith("CamelBandwidth")),
                () -> "component headers reach the sink: " + message.getHeaders().keySet());
    }

    @Test
    void aDeliveryStatusReachesTheSinkAsJsonAfterTheChallenge() throws Exception {
        MockEndpoint events = load("source");
        events.expectedMessageCount(1);

        Exchange sent = template.request("direct:send", e -> {
            e.getMessage().setBody("Your order shipped");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
            e.getMessage().setHeader(BandwidthSmsConstants.TAG, "order-42");
        });
        assertNull(sent.getException());
        String id = sent.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class);

        events.assertIsSatisfied(WAIT.toMillis());
        Message received = events.getReceivedExchanges().get(0).getMessage();
        JsonNode event = json(received);
        assertEquals("message-delivered", event.get("type").asText());
        assertEquals(id, event.at("/message/id").asText());
        assertEquals("order-42", event.at("/message/tag").asText());
        assertEquals("out", event.at("/message/direction").asText());
        assertEquals("+15554443333", event.get("to").asText());
        assertTrue(event.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), "Bandwidth's time format: " + event);
        assertEquals(EVENT_TYPE + "message-delivered", received.getHeader("CamelCloudEventType"));
        assertEquals(id, received.getHeader("CamelCloudEventSubject"));
        assertEquals("bandwidth.sms.account." + ACCOUNT_ID, received.getHeader("CamelCloudEventSource"));
        assertEquals(Instant.parse(event.get("time").asText()).toString(), received.getHeader("CamelCloudEventTime"),
                "the event's time, in UTC");
        assertTrue(received.getHeader("CamelCloudEventID", String.class).matches("[0-9a-f]{64}"));
        assertEquals("order-42", received.getHeader("ce-tag"));
        assertTrue(received.getHeader(Exchange.CONTENT_TYPE, String.class).startsWith("application/json"));
        assertNoComponentHeaders(received);

        // the simulator was challenged (401 without credentials) and then accepted with the Kamelet's credentials
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
        List<CallbackAttempt> attempts = bandwidth.simulator().callbackAttempts();
        assertEquals(List.of(false, true), attempts.stream().map(CallbackAttempt::authorizationSent).toList());
        assertEquals(List.of(401, 200), attempts.stream().map(CallbackAttempt::status).toList());
        assertTrue(attempts.stream().allMatch(a -> a.url().endsWith(KAMELET_PATH)), "on webhookPath");
    }

    @Test
    void callbacksWithoutOrWithWrongCredentialsReachNothing() throws Exception {
        MockEndpoint events = load("source-auth");
        events.expectedMessageCount(1);

        HttpResponse<String> anonymous = webhook.post(KAMELET_PATH, JSON, null, "[" + event("message-delivered", "m-anon",
                "+15554443333", null) + "]");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = webhook.post(KAMELET_PATH, JSON, basic(HOOK_USER, "not-the-password"),
                "[" + event("message-delivered", "m-wrong", "+15554443333", null) + "]");
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> right = webhook.post(KAMELET_PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD),
                "[" + event("message-failed", "m-right", "+15554443333", 4720) + "]");
        assertEquals(200, right.statusCode());

        // the route runs before the 200: only the authenticated event reached the sink
        events.assertIsSatisfied(WAIT.toMillis());
        Message received = events.getReceivedExchanges().get(0).getMessage();
        assertEquals("m-right", received.getHeader("CamelCloudEventSubject"));
        assertEquals(EVENT_TYPE + "message-failed", received.getHeader("CamelCloudEventType"));
        assertEquals(4720, json(received).get("errorCode").asInt());
    }

    @Test
    void eventTypesKeepsOnlyTheListedTypes() throws Exception {
        MockEndpoint events = load("source-filtered", "eventTypes", "message-received,message-failed");
        events.expectedMessageCount(2);

        String batch = "[" + event("message-delivered", "m-1", "+15554443333", null) + ","
                       + event("message-failed", "m-2", "+15554443333", 4720) + ","
                       + event("message-received", "m-3", FROM, null) + ","
                       + event("message-sending", "m-4", "+15554443333", null) + "]";
        assertTrue(bandwidth.simulator().postCallback(batch).get(WAIT.toSeconds(), TimeUnit.SECONDS),
                "the dropped events are acknowledged too");

        events.assertIsSatisfied(WAIT.toMillis());
        assertEquals(List.of(EVENT_TYPE + "message-failed m-2", EVENT_TYPE + "message-received m-3"),
                events.getReceivedExchanges().stream().map(e -> e.getMessage().getHeader("CamelCloudEventType") + " "
                                                                + e.getMessage().getHeader("CamelCloudEventSubject"))
                        .toList());
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
    }

    @Test
    void anInboundMessageArrivesWithItsTextAndNoTag() throws Exception {
        MockEndpoint events = load("source-inbound");
        events.expectedMessageCount(1);

        String id = bandwidth.simulator().sendInbound(ACCOUNT_ID, "+15557778888", FROM, "HELP", List.of());

        events.assertIsSatisfied(WAIT.toMillis());
        Message received = events.getReceivedExchanges().get(0).getMessage();
        JsonNode event = json(received);
        assertEquals(EVENT_TYPE + "message-received", received.getHeader("CamelCloudEventType"));
        assertEquals(id, received.getHeader("CamelCloudEventSubject"));
        assertFalse(received.getHeaders().containsKey("ce-tag"));
        assertEquals("HELP", event.at("/message/text").asText());
        assertEquals("in", event.at("/message/direction").asText());
        assertEquals("+15557778888", event.at("/message/from").asText());
        assertNoComponentHeaders(received);
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
    }

    @Test
    void aRetriedEventKeepsItsCloudEventIdAndAnotherEventGetsAnother() throws Exception {
        MockEndpoint events = load("source-ids");
        events.expectedMessageCount(3);
        String delivered = event("message-delivered", "m-9", "+15554443333", null);

        for (String batch : List.of(delivered, delivered, event("message-delivered", "m-9", "+15552223333", null))) {
            assertEquals(200, webhook.post(KAMELET_PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD), "[" + batch + "]")
                    .statusCode());
        }

        events.assertIsSatisfied(WAIT.toMillis());
        List<String> ids = events.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader("CamelCloudEventID", String.class)).toList();
        assertEquals(ids.get(0), ids.get(1), "Bandwidth's retry of an event is the same CloudEvent");
        assertNotEquals(ids.get(0), ids.get(2), "the status for another recipient of the message is another event");
        assertTrue(ids.stream().noneMatch(id -> id.contains("5554443333")), "no phone number in the id");
    }

    @Test
    void theDeclaredOutputDataTypeKeepsTheEvent() throws Exception {
        // as the catalog's data-type-action applies a Pipe's chosen output type after the source
        JsonNode out = Kamelets.kamelet(KameletRulesTest.SOURCE).at("/spec/dataTypes/out");
        String format = out.at("/types/" + out.get("default").asText() + "/format").asText();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:typed").setProperty("CamelDataType", constant(format))
                        .process(new DelegatingDataTypeProcessor()).to(EVENTS);
            }
        });
        Map<String, String> properties = new HashMap<>(Map.of("accountId", ACCOUNT_ID, "callbackUsername", HOOK_USER,
                "callbackPassword", HOOK_PASSWORD, "webhookPath", KAMELET_PATH));
        Kamelets.load(context, KameletRulesTest.SOURCE, "source-typed", properties, "unused:source", "direct:typed");
        MockEndpoint events = getMockEndpoint(EVENTS);
        events.expectedMessageCount(1);

        assertEquals(200, webhook.post(KAMELET_PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD),
                "[" + event("message-failed", "m-typed", "+15554443333", 4720) + "]").statusCode());

        events.assertIsSatisfied(WAIT.toMillis());
        Message received = events.getReceivedExchanges().get(0).getMessage();
        JsonNode event = json(received);
        assertEquals("message-failed", event.get("type").asText());
        assertEquals("m-typed", event.at("/message/id").asText());
        assertEquals(4720, event.get("errorCode").asInt());
        assertEquals(EVENT_TYPE + "message-failed", received.getHeader("CamelCloudEventType"));
        assertTrue(received.getHeader(Exchange.CONTENT_TYPE, String.class).startsWith("application/json"));
    }
}

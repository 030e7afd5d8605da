package io.camelbandwidth.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the shipped sink Kamelet's template for real against the simulator. {@code camel-kamelet} is not available to
 * this build, so the test does what it would (see {@link Kamelets#load}): fills the template with the Kamelet's
 * properties and loads it as a YAML DSL route from {@code direct:} instead of {@code kamelet:source}.
 */
class KameletTemplateTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String SINK_TO = "+15554443333";

    @BeforeEach
    void pointTheComponentAtTheSimulator() {
        BandwidthSmsConfiguration conf = context.getComponent("bandwidth-sms", BandwidthSmsComponent.class)
                .getConfiguration();
        conf.setBaseUri(bandwidth.simulator().baseUri());
        conf.setOauthTokenUri(bandwidth.simulator().tokenUri());
    }

    /** Loads the Kamelet with these properties as route {@code direct:<id>}. */
    private String load(String id, Map<String, String> properties) throws Exception {
        Kamelets.load(context, KameletRulesTest.SINK, id, properties, "direct:" + id, "mock:unused");
        return "direct:" + id;
    }

    private static Map<String, String> sink(String... more) {
        Map<String, String> properties = new HashMap<>(Map.of("accountId", ACCOUNT_ID, "applicationId", APPLICATION_ID,
                "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET, "from", FROM, "to", SINK_TO));
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        return properties;
    }

    private AcceptedMessage send(String endpoint, Map<String, Object> headers) {
        Exchange exchange = template.request(endpoint, e -> {
            e.getMessage().setBody("Hello from a Kamelet");
            e.getMessage().getHeaders().putAll(headers);
        });
        assertNull(exchange.getException());
        return bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
    }

    @Test
    void theBodyIsSentToTheConfiguredRecipients() throws Exception {
        AcceptedMessage message = send(load("sink", sink("priority", "high")), Map.of());

        assertEquals(List.of(SINK_TO), message.to());
        assertEquals(FROM, message.from());
        assertEquals(APPLICATION_ID, message.applicationId());
        assertEquals("Hello from a Kamelet", message.text());
        assertEquals("high", message.priority());
    }

    @Test
    void theComponentsHeadersCannotBeInjected() throws Exception {
        AcceptedMessage message = send(load("sink-injected", sink()), Map.of(
                BandwidthSmsConstants.TO, "+15559990000", BandwidthSmsConstants.FROM, "+15559990001",
                BandwidthSmsConstants.APPLICATION_ID, "someone-elses-app",
                BandwidthSmsConstants.MEDIA, "https://evil.example/x.png"));

        assertEquals(List.of(SINK_TO), message.to());
        assertEquals(FROM, message.from());
        assertEquals(APPLICATION_ID, message.applicationId());
        assertEquals(List.of(), message.media());
    }

    @Test
    void aBodyCannotChangeTheSenderTheApplicationOrAddMedia() throws Exception {
        String sink = load("sink-body", sink());
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("text", "hi", "from", "+19999999999"),
                Map.of("text", "hi", "applicationId", "evil-app"),
                Map.of("text", "hi", "media", List.of("https://evil.example/x.png")))) {
            Exchange exchange = template.request(sink, e -> e.getMessage().setBody(body));

            BandwidthValidationException refused = failure(exchange, BandwidthValidationException.class);
            assertTrue(body.containsKey(refused.getField()), refused.getMessage());
        }
        assertTrue(bandwidth.simulator().requests().isEmpty(), "nothing was sent");
    }

    @Test
    void recipientHeadersAreIgnoredByDefault() throws Exception {
        AcceptedMessage message = send(load("sink-default", sink()), Map.of("to", "+15559990000", "ce-to", "+15559990001"));

        assertEquals(List.of(SINK_TO), message.to());
    }

    @Test
    void recipientHeadersChooseTheRecipientWhenAllowed() throws Exception {
        AcceptedMessage message = send(load("sink-allowed", sink("allowRecipientHeaders", "true")),
                Map.of("ce-to", "+15552223333,+15551110000"));

        assertEquals(List.of("+15552223333", "+15551110000"), message.to());
    }

    @Test
    void theTagHeaderIsTheMessagesTag() throws Exception {
        AcceptedMessage message = send(load("sink-tag", sink("tag", "default-tag")), Map.of("ce-tag", "order-42"));

        assertEquals("order-42", message.tag());
    }

    @Test
    void withoutATagHeaderTheDefaultTagApplies() throws Exception {
        assertEquals("default-tag", send(load("sink-default-tag", sink("tag", "default-tag")), Map.of()).tag());
    }
}

package io.camelbandwidth.messaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.transformer.DelegatingDataTypeProcessor;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the shipped sink Kamelet's template for real against the simulator. {@code camel-kamelet} is not available to
 * this build, so the test does what it would (see {@link Kamelets#load}): fills the template with the Kamelet's
 * properties and loads it as a YAML DSL route from {@code direct:} instead of {@code kamelet:source}. The Kamelet
 * reaches the simulator through its own endpoint-override properties; the component keeps Bandwidth's defaults.
 */
class KameletTemplateTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String SINK_TO = "+15554443333";
    private static final String PICTURE = "https://example.com/images/offer.png";
    private static final String OTHER_PICTURE = "https://cdn.example.com/b.jpg";

    /** Loads the Kamelet with these properties as route {@code direct:<id>}. */
    private String load(String id, Map<String, String> properties) throws Exception {
        Kamelets.load(context, KameletRulesTest.SINK, id, properties, "direct:" + id, "mock:unused");
        return "direct:" + id;
    }

    private static Map<String, String> sink(String... more) {
        Map<String, String> properties = new HashMap<>(Map.of("accountId", ACCOUNT_ID, "applicationId", APPLICATION_ID,
                "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET, "from", FROM, "to", SINK_TO,
                "uriEndpointOverride", bandwidth.simulator().baseUri(),
                "oauthTokenUriOverride", bandwidth.simulator().tokenUri()));
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        return properties;
    }

    private AcceptedMessage send(String endpoint, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().getHeaders().putAll(headers);
        });
        assertNull(exchange.getException());
        return bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
    }

    private AcceptedMessage send(String endpoint, Map<String, Object> headers) {
        return send(endpoint, "Hello from a Kamelet", headers);
    }

    /** Sends this body, expects it refused naming {@code field}, and nothing sent. */
    private void assertRefused(String endpoint, Object body, Map<String, Object> headers, String field) {
        Exchange exchange = template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().getHeaders().putAll(headers);
        });
        BandwidthValidationException refused = failure(exchange, BandwidthValidationException.class);
        assertEquals(field, refused.getField(), refused.getMessage());
        assertTrue(bandwidth.simulator().requests().stream().noneMatch(r -> r.uri().endsWith("/messages")),
                "nothing was sent");
    }

    @Test
    void theBodyIsSentToTheConfiguredRecipientsThroughTheEndpointOverrides() throws Exception {
        AcceptedMessage message = send(load("sink", sink("priority", "high")), Map.of());

        assertEquals(List.of(SINK_TO), message.to());
        assertEquals(FROM, message.from());
        assertEquals(APPLICATION_ID, message.applicationId());
        assertEquals("Hello from a Kamelet", message.text());
        assertEquals("high", message.priority());
        assertEquals(List.of(), message.media(), "an SMS");
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
    void aBodyCannotChangeTheSenderOrTheApplication() throws Exception {
        String sink = load("sink-body", sink("allowRecipientHeaders", "true"));

        assertRefused(sink, Map.of("text", "hi", "from", "+19999999999"), Map.of(), "from");
        assertRefused(sink, Map.of("text", "hi", "applicationId", "evil-app"), Map.of(), "applicationId");
    }

    @Test
    void withoutAllowRecipientHeadersABodyCannotChooseTheRecipients() throws Exception {
        String sink = load("sink-body-to", sink());
        MessageRequest request = new MessageRequest();
        request.setText("hi");
        request.setTo(List.of("+15559990000"));

        assertRefused(sink, Map.of("text", "hi", "to", List.of("+15559990000")), Map.of(), "to");
        assertRefused(sink, request, Map.of(), "to");
    }

    @Test
    void withAllowRecipientHeadersABodyMayChooseTheRecipients() throws Exception {
        AcceptedMessage message = send(load("sink-body-to-allowed", sink("allowRecipientHeaders", "true")),
                Map.of("text", "hi", "to", List.of("+15552223333")), Map.of());

        assertEquals(List.of("+15552223333"), message.to());
        assertEquals("hi", message.text());
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

    @Test
    void theMediaPropertyMakesEveryMessageAnMms() throws Exception {
        AcceptedMessage message = send(load("sink-mms", sink("media", PICTURE)), Map.of());

        assertEquals(List.of(PICTURE), message.media());
        assertEquals("Hello from a Kamelet", message.text());
    }

    @Test
    void theMediaHeaderReplacesTheDefaultMedia() throws Exception {
        AcceptedMessage message = send(load("sink-mms-header", sink("media", PICTURE)),
                Map.of("ce-media", OTHER_PICTURE + ", " + PICTURE));

        assertEquals(List.of(OTHER_PICTURE, PICTURE), message.media());
    }

    @Test
    void aMediaHeaderInBytesIsReadAsItsText() throws Exception {
        // Kafka headers arrive as byte[]: the component would upload bytes as a picture, the Kamelet reads the URL
        AcceptedMessage message = send(load("sink-mms-bytes", sink()),
                Map.of("media", PICTURE.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(PICTURE), message.media());
        assertTrue(bandwidth.simulator().storedMedia(ACCOUNT_ID).isEmpty(), "nothing uploaded");
    }

    @Test
    void aMediaHeaderThatIsALocalFileIsNeverUploaded(@TempDir Path dir) throws Exception {
        Path picture = Files.write(dir.resolve("secret.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });

        assertRefused(load("sink-mms-file", sink()), "hi", Map.of("media", picture.toFile()), "media");
        assertTrue(bandwidth.simulator().storedMedia(ACCOUNT_ID).isEmpty(), "nothing uploaded");
    }

    @Test
    void aBodyMayAddMediaUrls() throws Exception {
        AcceptedMessage message = send(load("sink-body-media", sink()),
                Map.of("text", "hi", "media", List.of(PICTURE)), Map.of());

        assertEquals(List.of(PICTURE), message.media());
        assertEquals(List.of(SINK_TO), message.to());
    }

    @Test
    void theDeclaredInputDataTypeFeedsTheTemplate() throws Exception {
        // as the catalog's data-type-action applies a Pipe's chosen input type before the sink
        String format = Kamelets.kamelet(KameletRulesTest.SINK).at("/spec/dataTypes/in/types/text/format").asText();
        String sink = load("sink-typed", sink());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:typed").setProperty("CamelDataType", constant(format))
                        .process(new DelegatingDataTypeProcessor()).to(sink);
            }
        });

        AcceptedMessage message = send("direct:typed", "Bytes from a Pipe".getBytes(StandardCharsets.UTF_8), Map.of());

        assertEquals("Bytes from a Pipe", message.text());
    }
}

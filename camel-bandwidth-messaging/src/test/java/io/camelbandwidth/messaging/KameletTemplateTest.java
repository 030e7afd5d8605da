package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Runs the shipped Kamelet's template for real against the simulator. {@code camel-kamelet} is not available to this
 * build, so the test does what it would: fills the template with the Kamelet's properties (defaults included; an
 * optional {@code {{?x}}} parameter that is not set is left out) and loads it as a YAML DSL route from
 * {@code direct:} instead of {@code kamelet:source}.
 */
class KameletTemplateTest extends BandwidthTestSupport {

    private static final String SINK_TO = "+15554443333";

    @BeforeEach
    void pointTheComponentAtTheSimulator() {
        BandwidthSmsConfiguration conf = context.getComponent("bandwidth-sms", BandwidthSmsComponent.class)
                .getConfiguration();
        conf.setBaseUri(simulator.baseUri());
        conf.setOauthTokenUri(simulator.tokenUri());
    }

    /** Loads the Kamelet with these properties as route {@code direct:<id>}. */
    private String load(String id, Map<String, String> properties) throws Exception {
        JsonNode kamelet = Kamelets.kamelet("bandwidth-sms-sink.kamelet.yaml");
        Map<String, String> values = new HashMap<>();
        kamelet.at("/spec/definition/properties").fields().forEachRemaining(p -> {
            if (p.getValue().has("default")) {
                values.put(p.getKey(), p.getValue().get("default").asText());
            }
        });
        values.putAll(properties);
        JsonNode template = fill(kamelet.at("/spec/template").deepCopy(), values);
        ObjectNode from = (ObjectNode) template.get("from");
        from.put("uri", "direct:" + id);
        ObjectNode route = Kamelets.YAML.createObjectNode();
        route.putObject("route").put("id", id).set("from", from);
        ArrayNode routes = Kamelets.YAML.createArrayNode().add(route);
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.fromString(id + ".camel.yaml", Kamelets.YAML.writeValueAsString(routes)));
        return "direct:" + id;
    }

    /** Replaces the placeholders as the Kamelet component does; drops a parameter whose optional property is unset. */
    private static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && value.asText().matches("\\{\\{\\?[^}]+}}")
                    && !values.containsKey(value.asText().substring(3, value.asText().length() - 2))) {
                    it.remove();
                } else {
                    field.setValue(fill(value, values));
                }
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values));
            }
            return array;
        }
        if (node.isTextual()) {
            Matcher matcher = KameletRulesTest.PLACEHOLDER.matcher(node.asText());
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("Kamelet property " + matcher.group(1) + " is not set");
                }
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(filled);
            return TextNode.valueOf(filled.toString());
        }
        return node;
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
        return simulator.awaitAccepted(1, WAIT).get(0);
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

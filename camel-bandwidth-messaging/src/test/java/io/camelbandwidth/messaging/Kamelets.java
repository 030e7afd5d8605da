package io.camelbandwidth.messaging;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Reading the Kamelets the component jar ships (from the class path, i.e. {@code target/classes/kamelets}) and the
 * component JSON they must agree with; and loading a Kamelet's template as a route, as {@code camel-kamelet} (not
 * available to this build) would.
 */
final class Kamelets {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private Kamelets() {
    }

    static JsonNode kamelet(String fileName) throws Exception {
        try (InputStream in = Kamelets.class.getResourceAsStream("/kamelets/" + fileName)) {
            if (in == null) {
                throw new AssertionError("kamelets/" + fileName + " is not on the class path (not shipped in the jar)");
            }
            return YAML.readTree(in);
        }
    }

    static JsonNode componentJson() throws Exception {
        try (InputStream in = Kamelets.class.getResourceAsStream("/META-INF/io/camelbandwidth/messaging/bandwidth-sms.json")) {
            return JSON.readTree(in);
        }
    }

    /** Every object node under {@code node} (itself included), depth first. */
    static void walk(JsonNode node, Consumer<JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                walk(it.next().getValue(), visitor);
            }
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, visitor));
        }
    }

    /** The {@code to:} steps of a template. */
    static List<JsonNode> toSteps(JsonNode template) {
        List<JsonNode> steps = new ArrayList<>();
        walk(template, node -> {
            if (node.has("to") && node.get("to").isObject() && node.get("to").has("uri")) {
                steps.add(node.get("to"));
            }
        });
        return steps;
    }

    /**
     * Loads the Kamelet's template, filled with these properties (defaults included; a parameter whose optional
     * {@code {{?x}}} property is unset is left out), as a YAML DSL route with this id. {@code kamelet:source} and
     * {@code kamelet:sink} become the given endpoint URIs.
     */
    static void load(CamelContext context, String fileName, String id, Map<String, String> properties,
                     String kameletSource, String kameletSink) throws Exception {
        JsonNode kamelet = kamelet(fileName);
        Map<String, String> values = new HashMap<>();
        kamelet.at("/spec/definition/properties").fields().forEachRemaining(p -> {
            if (p.getValue().has("default")) {
                values.put(p.getKey(), p.getValue().get("default").asText());
            }
        });
        values.putAll(properties);
        JsonNode template = fill(kamelet.at("/spec/template").deepCopy(), values);
        walk(template, node -> {
            if (node.has("uri") && "kamelet:source".equals(node.get("uri").asText())) {
                ((ObjectNode) node).put("uri", kameletSource);
            } else if (node.has("uri") && "kamelet:sink".equals(node.get("uri").asText())) {
                ((ObjectNode) node).put("uri", kameletSink);
            }
        });
        ObjectNode route = YAML.createObjectNode();
        route.putObject("route").put("id", id).set("from", template.get("from"));
        ArrayNode routes = YAML.createArrayNode().add(route);
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.fromString(id + ".camel.yaml", YAML.writeValueAsString(routes)));
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
}

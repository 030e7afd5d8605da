package io.camelbandwidth.messaging;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reading the Kamelets the component jar ships (from the class path, i.e. {@code target/classes/kamelets}) and the
 * component JSON they must agree with.
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
}

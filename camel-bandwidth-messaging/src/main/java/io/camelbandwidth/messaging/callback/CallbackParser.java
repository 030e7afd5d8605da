package io.camelbandwidth.messaging.callback;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.support.BandwidthJson;

/**
 * Reads a webhook body into events. Bandwidth posts a JSON array of events (its spec shows a single object, so that
 * is accepted too). Each event must be an object with a {@code type} and a {@code message} that has an {@code id}:
 * the least a route needs to correlate it. Anything else Bandwidth adds (types, fields) passes through. An element
 * that is not an event does not spoil the others: it is set aside as a {@link CallbackBatch.MalformedEvent}.
 */
final class CallbackParser {

    private static final ObjectReader TREE_READER = BandwidthJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader EVENT_READER = BandwidthJson.mapper().readerFor(BandwidthCallback.class);

    private CallbackParser() {
    }

    /**
     * @param  body                       the request body
     * @param  charset                    the charset the request declared, or {@code null} (JSON's UTF-8 family)
     * @return                            the events, in the order of the body (none for {@code []}), and the
     *                                    elements that are not events
     * @throws MalformedCallbackException if the body is not a JSON array or object
     */
    static CallbackBatch parse(byte[] body, Charset charset) throws MalformedCallbackException {
        JsonNode root;
        try {
            root = charset == null || charset.equals(StandardCharsets.UTF_8)
                    ? TREE_READER.readTree(body) : TREE_READER.readTree(new String(body, charset));
        } catch (IOException e) {
            throw new MalformedCallbackException("The body is not valid JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw new MalformedCallbackException("The body is empty");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else if (root.isObject()) {
            nodes.add(root);
        } else {
            throw new MalformedCallbackException("The body is neither an array of events nor an event");
        }
        List<BandwidthCallback> events = new ArrayList<>(nodes.size());
        List<CallbackBatch.MalformedEvent> malformed = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            try {
                events.add(event(nodes.get(i), i));
            } catch (MalformedCallbackException e) {
                malformed.add(new CallbackBatch.MalformedEvent(i, nodes.get(i).toString(), e.getMessage()));
            }
        }
        return new CallbackBatch(events, malformed);
    }

    private static BandwidthCallback event(JsonNode node, int index) throws MalformedCallbackException {
        if (!node.isObject()) {
            throw new MalformedCallbackException("Event " + index + " is not an object");
        }
        if (!isNonBlankText(node.get("type"))) {
            throw new MalformedCallbackException("Event " + index + " has no type");
        }
        JsonNode message = node.get("message");
        if (message == null || !message.isObject() || !isNonBlankText(message.get("id"))) {
            throw new MalformedCallbackException("Event " + index + " has no message id");
        }
        try {
            return EVENT_READER.readValue(node);
        } catch (IOException | IllegalArgumentException e) {
            // Jackson's message may quote the body: say only where
            throw new MalformedCallbackException("Event " + index + " has a field of the wrong type");
        }
    }

    private static boolean isNonBlankText(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank();
    }
}

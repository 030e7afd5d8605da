package io.camelbandwidth.messaging.callback;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.support.BandwidthJson;

/**
 * Reads a webhook body into events. Bandwidth posts a JSON array of events (its spec shows a single object, so that
 * is accepted too). Each event must be an object with a {@code type} and a {@code message} that has an {@code id}:
 * the least a route needs to correlate it. Anything else Bandwidth adds (types, fields) passes through. An element
 * that is not an event does not spoil the others: it is set aside as a {@link CallbackBatch.MalformedEvent}.
 * <p>
 * A body whose every element is a well-formed event (nearly all of them) is read once, each event bound as it is
 * parsed, with a reader that takes text only as text (so that a check on a bound value is the check on the JSON
 * value). Anything else is read again as a tree, element by element, to say which elements are not events and why.
 */
final class CallbackParser {

    private static final ObjectReader TREE_READER = BandwidthJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader EVENT_READER = BandwidthJson.mapper().readerFor(BandwidthCallback.class);
    /** The component's mapper, except that no number or boolean becomes text. */
    private static final ObjectReader STRICT_EVENT_READER = strictTextMapper().readerFor(BandwidthCallback.class);

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
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            List<BandwidthCallback> events = wellFormedEvents(body);
            if (events != null) {
                return new CallbackBatch(events, List.of());
            }
        }
        return readAsTree(body, charset);
    }

    /** Reads the body as a tree, then each element: the reading of every body that is not all well-formed events. */
    static CallbackBatch readAsTree(byte[] body, Charset charset) throws MalformedCallbackException {
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

    /**
     * The events of a body that is an array of well-formed events (or one), each bound as it is parsed; {@code null}
     * for any other body, which {@link #parse} then reads as a tree.
     */
    private static List<BandwidthCallback> wellFormedEvents(byte[] body) {
        try (JsonParser parser = STRICT_EVENT_READER.createParser(body)) {
            JsonToken first = parser.nextToken();
            List<BandwidthCallback> events;
            if (first == JsonToken.START_ARRAY) {
                events = new ArrayList<>();
                JsonToken token;
                while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                    BandwidthCallback event = STRICT_EVENT_READER.readValue(parser);
                    if (!isWellFormed(event)) {
                        return null;
                    }
                    events.add(event);
                }
                if (token != JsonToken.END_ARRAY) {
                    return null;
                }
            } else if (first == JsonToken.START_OBJECT) {
                BandwidthCallback event = STRICT_EVENT_READER.readValue(parser);
                if (!isWellFormed(event)) {
                    return null;
                }
                events = List.of(event);
            } else {
                return null;
            }
            return parser.nextToken() == null ? events : null; // trailing content: the tree reader refuses it
        } catch (IOException | RuntimeException notWellFormed) {
            return null;
        }
    }

    /** What {@link #event} checks on the JSON, on the event bound with the strict reader. */
    private static boolean isWellFormed(BandwidthCallback event) {
        return event != null && isNonBlank(event.getType()) && event.getMessage() != null
               && isNonBlank(event.getMessage().getId());
    }

    private static boolean isNonBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static ObjectMapper strictTextMapper() {
        ObjectMapper mapper = BandwidthJson.mapper().copy();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
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

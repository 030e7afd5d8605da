package io.camelbandwidth.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;

/** The one shared, thread-safe {@link ObjectMapper} of the simulator, and a few helpers around it. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The {@code 404} body of a path the simulator does not serve. */
    static final byte[] NOT_FOUND = error("not-found", "Resource not found.");

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A multi-channel error envelope ({@code multiChannelError}): {@code {"links":[],"data":null,"errors":[{"type":…,
     * "description":…,"source":{}}]}}, with the error's {@code source} left for the caller to fill.
     */
    static ObjectNode envelope(String type, String description) {
        ObjectNode envelope = object();
        envelope.putArray("links");
        envelope.putNull("data");
        ObjectNode error = envelope.putArray("errors").addObject();
        error.put("type", type);
        error.put("description", description);
        error.putObject("source");
        return envelope;
    }

    /** A Bandwidth {@code messagingRequestError} body: {@code {"type":…,"description":…}}. */
    static byte[] error(String type, String description) {
        ObjectNode node = object();
        node.put("type", type);
        node.put("description", description);
        return bytes(node);
    }
}

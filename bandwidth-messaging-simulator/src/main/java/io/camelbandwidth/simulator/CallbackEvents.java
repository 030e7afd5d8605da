package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * Builds webhook bodies: a JSON array holding one event shaped like the spec's {@code statusCallback} or
 * {@code inboundCallback}.
 */
final class CallbackEvents {

    static final String SENDING = "message-sending";
    static final String DELIVERED = "message-delivered";
    static final String FAILED = "message-failed";
    static final String RECEIVED = "message-received";

    private CallbackEvents() {
    }

    /** A status event of an outbound message; the message's {@code text} is empty, as with Bandwidth. */
    static byte[] status(String type, String description, String recipient, DeliveryOutcome outcome,
                         AcceptedMessage message, Instant now) {
        ArrayNode events = Json.MAPPER.createArrayNode();
        ObjectNode event = events.addObject();
        event.put("type", type);
        event.put("time", Timestamps.format(now));
        event.put("description", description);
        event.put("to", recipient);
        if (outcome != null && !outcome.isDelivered()) {
            event.put("errorCode", outcome.errorCode());
        }
        ObjectNode body = event.putObject("message");
        JsonNode request = message.request();
        body.put("id", message.id());
        body.set("owner", request.get("from"));
        body.set("applicationId", request.get("applicationId"));
        body.put("time", Timestamps.format(message.time()));
        body.put("segmentCount", message.segmentCount());
        body.put("direction", "out");
        body.set("to", request.get("to"));
        body.set("from", request.get("from"));
        body.put("text", "");
        copyIfPresent(request, body, "media");
        copyIfPresent(request, body, "tag");
        copyIfPresent(request, body, "priority");
        return Json.bytes(events);
    }

    /** A {@code message-received} event of an inbound message to {@code to}, owned by {@code to}. */
    static byte[] inbound(String id, Instant time, String applicationId, String from, String to, String text,
                          List<String> media, int segmentCount) {
        ArrayNode events = Json.MAPPER.createArrayNode();
        ObjectNode event = events.addObject();
        event.put("type", RECEIVED);
        event.put("time", Timestamps.format(time));
        event.put("description", "Incoming message received");
        event.put("to", to);
        ObjectNode body = event.putObject("message");
        body.put("id", id);
        body.put("owner", to);
        body.put("applicationId", applicationId);
        body.put("time", Timestamps.format(time));
        body.put("segmentCount", segmentCount);
        body.put("direction", "in");
        body.putArray("to").add(to);
        body.put("from", from);
        body.put("text", text == null ? "" : text);
        if (!media.isEmpty()) {
            ArrayNode urls = body.putArray("media");
            media.forEach(urls::add);
        }
        return Json.bytes(events);
    }

    private static void copyIfPresent(JsonNode from, ObjectNode to, String field) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull()) {
            to.set(field, value);
        }
    }
}

package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Builds the webhook bodies of multi-channel messages: a JSON array holding one event shaped like the spec's
 * {@code statusCallback} (with {@code message.channel}, and {@code eventTime} on {@code message-read}) or
 * {@code inboundCallback} (RBM {@code content}, {@code suggestionResponse} or {@code locationResponse}).
 */
final class MultiChannelEvents {

    static final String READ = "message-read";
    static final String SUGGESTION_RESPONSE = "suggestion-response";
    static final String LOCATION_RESPONSE = "requested-location-response";

    private MultiChannelEvents() {
    }

    /**
     * A status event of an accepted multi-channel message, about the channel list entry it went out on.
     *
     * @param outcome the terminal outcome, or null for {@code message-sending} and {@code message-read}
     */
    static byte[] status(String type, String description, DeliveryOutcome outcome, AcceptedMultiChannelMessage message,
                         JsonNode channel, Instant now) {
        ArrayNode events = Json.MAPPER.createArrayNode();
        ObjectNode event = events.addObject();
        event.put("type", type);
        event.put("time", Timestamps.format(now));
        if (READ.equals(type)) {
            event.put("eventTime", Timestamps.format(now));
        }
        event.put("description", description);
        event.put("to", message.to());
        if (outcome != null && !outcome.isDelivered()) {
            event.put("errorCode", outcome.errorCode());
        }
        String kind = channel.path("channel").asText();
        JsonNode content = channel.path("content");
        ObjectNode body = event.putObject("message");
        body.put("id", message.id());
        body.set("owner", channel.get("from"));
        body.set("applicationId", channel.get("applicationId"));
        body.put("time", Timestamps.format(message.time()));
        body.put("segmentCount", "SMS".equals(kind) ? SegmentCounter.count(content.path("text").asText("")) : 1);
        body.put("direction", "out");
        body.putArray("to").add(message.to());
        body.set("from", channel.get("from"));
        body.put("text", "");
        if ("MMS".equals(kind) && content.path("media").size() > 0) {
            ArrayNode media = body.putArray("media");
            content.get("media").forEach(file -> media.add(file.path("fileUrl").asText()));
        }
        for (String field : new String[] {"tag", "priority"}) {
            JsonNode value = message.request().get(field);
            if (value != null && !value.isNull()) {
                body.set(field, value);
            }
        }
        body.put("channel", kind);
        return Json.bytes(events);
    }

    /**
     * An inbound RBM event from the handset {@code from} to the RBM sender {@code to}, owned by {@code to}.
     *
     * @param rbm adds the event's RBM field ({@code content}, {@code suggestionResponse} or {@code locationResponse})
     */
    static byte[] inbound(String type, String description, String id, Instant time, String applicationId, String from,
                          String to, Consumer<ObjectNode> rbm) {
        ArrayNode events = Json.MAPPER.createArrayNode();
        ObjectNode event = events.addObject();
        event.put("type", type);
        event.put("time", Timestamps.format(time));
        event.put("description", description);
        event.put("to", to);
        ObjectNode body = event.putObject("message");
        body.put("id", id);
        body.put("owner", to);
        body.put("applicationId", applicationId);
        body.put("time", Timestamps.format(time));
        body.put("segmentCount", 1);
        body.put("direction", "in");
        body.putArray("to").add(to);
        body.put("from", from);
        body.put("channel", "RBM");
        rbm.accept(body);
        return Json.bytes(events);
    }
}

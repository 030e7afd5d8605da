package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Turns a valid {@code messageRequest} into an accepted message and its {@code 202} body (schema {@code message}). */
final class MessageFactory {

    private static final String[] ECHOED = {"text", "media", "tag", "priority", "expiration"};

    private final Clock clock;

    MessageFactory(Clock clock) {
        this.clock = clock;
    }

    ApiResponse accept(String accountId, JsonNode request, CredentialsChecker.Scheme scheme) {
        Instant now = clock.instant();
        String id = MessageIds.next(now.toEpochMilli());
        int segments = segmentCount(request);
        AcceptedMessage accepted = new AcceptedMessage(accountId, id, now, request, segments, scheme.label());

        ObjectNode body = Json.object();
        body.put("id", id);
        body.set("owner", request.get("from"));
        body.set("applicationId", request.get("applicationId"));
        body.put("time", Timestamps.format(now));
        body.put("segmentCount", segments);
        body.put("direction", "out");
        body.set("to", request.get("to"));
        body.set("from", request.get("from"));
        for (String field : ECHOED) {
            JsonNode value = request.get(field);
            if (value != null && !value.isNull()) {
                body.set(field, value);
            }
        }
        return new ApiResponse(202, Map.of(), Exchanges.JSON, Json.bytes(body), accepted);
    }

    /** @return 1 for MMS (media present), else the SMS segments of the text */
    private static int segmentCount(JsonNode request) {
        if (request.path("media").size() > 0) {
            return 1;
        }
        JsonNode text = request.get("text");
        return SegmentCounter.count(text == null || text.isNull() ? "" : text.asText());
    }
}

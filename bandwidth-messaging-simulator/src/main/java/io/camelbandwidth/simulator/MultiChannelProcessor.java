package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Computes the normal answer of {@code POST /users/{accountId}/messages/multiChannel}: authentication (401), content
 * type (415), JSON and field validation (400, one error per problem), acceptance (202 with the
 * {@code createMultiChannelMessageResponse} envelope). Errors use the spec's {@code multiChannelError} envelope.
 */
final class MultiChannelProcessor {

    private static final ApiResponse UNAUTHORIZED = ApiResponse.json(401,
            Json.bytes(Json.envelope("unauthorized", "Authentication Failed")));

    private final CredentialsChecker credentials;
    private final MultiChannelValidator validator;
    private final Clock clock;

    MultiChannelProcessor(CredentialsChecker credentials, Clock clock) {
        this.credentials = credentials;
        this.validator = new MultiChannelValidator(clock);
        this.clock = clock;
    }

    ApiResponse process(String accountId, String authorization, String contentType, byte[] body) {
        CredentialsChecker.Scheme scheme = credentials.check(authorization);
        if (scheme == null) {
            return UNAUTHORIZED;
        }
        if (!Exchanges.JSON.equals(Exchanges.mediaType(contentType))) {
            ObjectNode envelope = Json.envelope("unsupported-content-type", "Content-Type '" + contentType
                    + "' is not supported. Please use 'application/json'");
            ((ObjectNode) envelope.path("errors").get(0).get("source")).put("header", "Content-Type");
            return ApiResponse.json(415, Json.bytes(envelope));
        }
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body);
        } catch (IOException malformed) {
            return ApiResponse.json(400, Json.bytes(Json.envelope("request-validation", "The body is not valid JSON")));
        }
        if (request == null || !request.isObject()) {
            return ApiResponse.json(400, Json.bytes(Json.envelope("request-validation",
                    "The body must be a JSON object")));
        }
        List<FieldError> errors = validator.validate(request);
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        return accept(accountId, request, scheme);
    }

    /** A {@code 400} envelope with one {@code request-validation} error per field. */
    private static ApiResponse invalid(List<FieldError> errors) {
        ObjectNode envelope = Json.object();
        envelope.putArray("links");
        envelope.putNull("data");
        ArrayNode list = envelope.putArray("errors");
        for (FieldError error : errors) {
            ObjectNode item = list.addObject();
            item.put("type", "request-validation");
            item.put("description", error.description());
            item.putObject("source").put("field", error.fieldName());
        }
        return ApiResponse.json(400, Json.bytes(envelope));
    }

    /** The {@code 202} envelope: the message as taken, each channel with its {@code owner}. */
    private ApiResponse accept(String accountId, JsonNode request, CredentialsChecker.Scheme scheme) {
        Instant now = clock.instant();
        String id = MessageIds.next(now.toEpochMilli());
        ObjectNode envelope = Json.object();
        envelope.putArray("links");
        ObjectNode data = envelope.putObject("data");
        data.put("id", id);
        data.put("time", Timestamps.format(now));
        data.put("direction", "out");
        data.putArray("to").add(request.get("to").asText());
        ArrayNode channels = data.putArray("channelList");
        for (JsonNode item : request.get("channelList")) {
            ObjectNode channel = item.deepCopy();
            channel.put("owner", item.get("from").asText());
            channels.add(channel);
        }
        for (String field : new String[] {"tag", "priority", "expiration"}) {
            JsonNode value = request.get(field);
            if (value != null && !value.isNull()) {
                data.set(field, value);
            }
        }
        envelope.putArray("errors");
        AcceptedMultiChannelMessage accepted = new AcceptedMultiChannelMessage(accountId, id, now, request,
                scheme.label());
        return new ApiResponse(202, Map.of(), Exchanges.JSON, Json.bytes(envelope), null, accepted);
    }
}

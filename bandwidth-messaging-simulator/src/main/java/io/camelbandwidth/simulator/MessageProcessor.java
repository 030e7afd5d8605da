package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Computes the normal answer of {@code POST /users/{accountId}/messages}: authentication (401), content type (415),
 * JSON and field validation (400), acceptance (202).
 */
final class MessageProcessor {

    private static final String REJECTED = "Your request could not be accepted.";

    private final CredentialsChecker credentials;
    private final MessageValidator validator;
    private final MessageFactory factory;

    MessageProcessor(CredentialsChecker credentials, Clock clock) {
        this.credentials = credentials;
        this.validator = new MessageValidator(clock);
        this.factory = new MessageFactory(clock);
    }

    ApiResponse process(String accountId, String authorization, String contentType, byte[] body) {
        CredentialsChecker.Scheme scheme = credentials.check(authorization);
        if (scheme == null) {
            return ApiResponse.UNAUTHORIZED;
        }
        if (!Exchanges.JSON.equals(Exchanges.mediaType(contentType))) {
            return ApiResponse.json(415, Json.error("unsupported-content-type",
                    "Content-Type '" + contentType + "' is not supported. Please use 'application/json'"));
        }
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body);
        } catch (IOException malformed) {
            return invalid(REJECTED + " The body is not valid JSON.", List.of());
        }
        if (request == null || !request.isObject()) {
            return invalid(REJECTED + " The body must be a JSON object.", List.of());
        }
        List<FieldError> errors = validator.validate(request);
        if (!errors.isEmpty()) {
            return invalid(REJECTED, errors);
        }
        return factory.accept(accountId, request, scheme);
    }

    /** A {@code 400} with Bandwidth's {@code createMessageRequestError} body. */
    private static ApiResponse invalid(String description, List<FieldError> errors) {
        ObjectNode body = Json.object();
        body.put("type", "request-validation");
        body.put("description", description);
        ArrayNode fieldErrors = body.putArray("fieldErrors");
        for (FieldError error : errors) {
            fieldErrors.addObject().put("fieldName", error.fieldName()).put("description", error.description());
        }
        return ApiResponse.json(400, Json.bytes(body));
    }
}

package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The error answer each operation gives for a status, as Bandwidth's spec shows it: the {@code messagingRequestError}
 * body {@code {"type","description"}} of the Messaging API, whose {@code 429} differs per operation (create message:
 * {@code max-message-queue-size-exceeded}, no {@code Retry-After}; list messages:
 * {@code listMessagesTooManyRequestsError}, {@code rate_limit_exceeded} with {@code Retry-After}, the spec's example
 * being 300 seconds), the multi-channel API's {@code {"links","data","errors"}} envelope, and an OAuth2 error body
 * {@code {"error"}} from the token endpoint.
 */
final class OperationErrors {

    /** The spec's example of the list-messages {@code Retry-After}, in seconds. */
    static final String LIST_RETRY_AFTER = "300";

    /**
     * @param headers the headers the operation sends with it
     * @param body    the JSON body
     */
    record Answer(Map<String, String> headers, byte[] body) {
    }

    private OperationErrors() {
    }

    static Answer of(ApiOperation operation, int status) {
        if (operation == ApiOperation.OAUTH2_TOKEN) {
            return new Answer(Map.of(), oauthError(status));
        }
        if (operation == ApiOperation.CREATE_MULTI_CHANNEL_MESSAGE) {
            // the multi-channel API answers errors in its envelope: {"links":[],"data":null,"errors":[…]}
            String[] typeAndDescription = status == 429
                    ? new String[] {"rate-limit-exceeded",
                        "You have exceeded your rate limit for this endpoint. Please retry later."}
                    : messagingError(status);
            return new Answer(Map.of(), Json.bytes(Json.envelope(typeAndDescription[0], typeAndDescription[1])));
        }
        if (status == 429 && operation == ApiOperation.LIST_MESSAGES) {
            return new Answer(Map.of("Retry-After", LIST_RETRY_AFTER), Json.error("rate_limit_exceeded",
                    "Rate limit exceeded. Wait for Retry-After time before sending another request."));
        }
        if (status == 429 && operation != ApiOperation.CREATE_MESSAGE) {
            // the spec shows no example for the media operations: the type of its multi-channel 429
            return new Answer(Map.of(), Json.error("rate-limit-exceeded",
                    "You have exceeded your rate limit for this endpoint. Please retry later."));
        }
        String[] typeAndDescription = messagingError(status);
        return new Answer(Map.of(), Json.error(typeAndDescription[0], typeAndDescription[1]));
    }

    /** An RFC 6749 error body; the token endpoint's error bodies are not in Bandwidth's spec. */
    private static byte[] oauthError(int status) {
        String error;
        if (status == 401) {
            error = "invalid_client";
        } else if (status == 429 || status >= 500) {
            error = "temporarily_unavailable";
        } else {
            error = "invalid_request";
        }
        ObjectNode node = Json.object();
        node.put("error", error);
        return Json.bytes(node);
    }

    private static String[] messagingError(int status) {
        switch (status) {
            case 400:
                return new String[] {"request-validation", "Your request could not be accepted."};
            case 401:
                return new String[] {"unauthorized", "Authentication failed"};
            case 403:
                return new String[] {"forbidden", "Access Denied"};
            case 404:
                return new String[] {"not-found", "Resource not found."};
            case 405:
                return new String[] {"method-not-allowed", "Method not supported for this resource."};
            case 406:
                return new String[] {"not-acceptable", "The requested media type is not acceptable."};
            case 415:
                return new String[] {"unsupported-content-type", "Content-Type is not supported. Please use 'application/json'"};
            case 429:
                return new String[] {"max-message-queue-size-exceeded",
                    "The SMS queue for your account is full and cannot accept more messages right now. "
                        + "Your allowed rate is 60 messages per minute. The max queue size for your account is 900. "
                        + "Reduce your message sending rate, or contact support to increase your allowed rate."};
            case 500:
                return new String[] {"internal-server-error", "An internal server error occurred."};
            case 502:
                return new String[] {"bad-gateway", "Bad gateway."};
            case 503:
                return new String[] {"service-unavailable", "The service is temporarily unavailable."};
            case 504:
                return new String[] {"gateway-timeout", "Gateway timeout."};
            default:
                return new String[] {status >= 500 ? "internal-server-error" : "error", "HTTP " + status};
        }
    }
}

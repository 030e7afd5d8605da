package io.camelbandwidth.simulator;

import java.util.Map;

/**
 * The answer the messages endpoint computed for a request, before any fault decides how (or whether) it is sent.
 *
 * @param status      the HTTP status
 * @param headers     extra response headers
 * @param contentType the {@code Content-Type}, or null for none
 * @param body        the body bytes
 * @param accepted    the accepted message for a 202, null otherwise
 * @param acceptedMultiChannel the accepted multi-channel message for a 202, null otherwise
 */
record ApiResponse(int status, Map<String, String> headers, String contentType, byte[] body,
                   AcceptedMessage accepted, AcceptedMultiChannelMessage acceptedMultiChannel) {

    ApiResponse(int status, Map<String, String> headers, String contentType, byte[] body, AcceptedMessage accepted) {
        this(status, headers, contentType, body, accepted, null);
    }

    /** {@code 401} with Bandwidth's {@code unauthorized} body: the request's credentials did not pass. */
    static final ApiResponse UNAUTHORIZED = json(401, Json.error("unauthorized", "Authentication failed"));
    /** {@code 204} without body. */
    static final ApiResponse NO_CONTENT = new ApiResponse(204, Map.of(), null, new byte[0], null);

    static ApiResponse json(int status, byte[] body) {
        return new ApiResponse(status, Map.of(), Exchanges.JSON, body, null);
    }

    static ApiResponse of(FaultResponse fault) {
        return new ApiResponse(fault.status(), fault.headers(), fault.contentType(), fault.bodyBytes(), null);
    }
}

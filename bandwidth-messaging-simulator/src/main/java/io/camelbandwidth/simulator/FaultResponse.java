package io.camelbandwidth.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A canned HTTP answer that {@link Faults#respond(FaultResponse, int)} gives instead of processing the request.
 * Immutable: every method returns a new instance.
 *
 * <pre>{@code
 * FaultResponse.status(429).header("Retry-After", "2");                    // Bandwidth-shaped JSON body
 * FaultResponse.status(502).body("text/html", "<html>Bad Gateway</html>");  // a proxy's page
 * }</pre>
 */
public final class FaultResponse {

    private final int status;
    private final Map<String, String> headers;
    private final String contentType;
    private final byte[] body;

    private FaultResponse(int status, Map<String, String> headers, String contentType, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.contentType = contentType;
        this.body = body;
    }

    /**
     * Creates an answer with {@code status} and Bandwidth's {@code messagingRequestError} body for it, e.g.
     * {@code 429 {"type":"max-message-queue-size-exceeded",…}} or {@code 500 {"type":"internal-server-error",…}}.
     *
     * @param status an HTTP status, 100–599
     * @return the answer
     */
    public static FaultResponse status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        String[] typeAndDescription = defaultError(status);
        return new FaultResponse(status, Map.of(), Exchanges.JSON,
                Json.error(typeAndDescription[0], typeAndDescription[1]));
    }

    /**
     * Creates an answer with {@code status} and the multi-channel error envelope for it, as
     * {@code POST …/messages/multiChannel} answers errors, e.g.
     * {@code 429 {"links":[],"data":null,"errors":[{"type":"rate-limit-exceeded",…,"source":{}}]}}.
     *
     * @param status an HTTP status, 100–599
     * @return the answer
     */
    public static FaultResponse multiChannelStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        String[] typeAndDescription = status == 429
                ? new String[] {"rate-limit-exceeded",
                    "You have exceeded your rate limit for this endpoint. Please retry later."}
                : defaultError(status);
        return new FaultResponse(status, Map.of(), Exchanges.JSON,
                Json.bytes(Json.envelope(typeAndDescription[0], typeAndDescription[1])));
    }

    /**
     * Adds (or replaces) a response header, e.g. {@code Retry-After: 2}.
     *
     * @param name  the header name
     * @param value the header value
     * @return a new answer with the header
     */
    public FaultResponse header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new FaultResponse(status, Collections.unmodifiableMap(copy), contentType, body);
    }

    /**
     * Replaces the body by any text, JSON or not (e.g. an HTML error page of a proxy).
     *
     * @param contentType the {@code Content-Type} to send, or {@code null} to send none
     * @param body        the body, sent as UTF-8; empty for none
     * @return a new answer with the body
     */
    public FaultResponse body(String contentType, String body) {
        Objects.requireNonNull(body, "body");
        return new FaultResponse(status, headers, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces the body by a JSON text, sent as {@code application/json}.
     *
     * @param json the JSON text (not checked)
     * @return a new answer with the body
     */
    public FaultResponse json(String json) {
        return body(Exchanges.JSON, json);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the extra response headers */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the {@code Content-Type}, or {@code null} if none is sent */
    public String contentType() {
        return contentType;
    }

    /** @return the body as text */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    byte[] bodyBytes() {
        return body;
    }

    @Override
    public String toString() {
        return "FaultResponse[" + status + ", " + headers + ", " + contentType + ", " + body() + "]";
    }

    private static String[] defaultError(int status) {
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

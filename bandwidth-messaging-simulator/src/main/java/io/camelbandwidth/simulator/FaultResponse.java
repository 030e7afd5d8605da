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
 * FaultResponse.status(429).header("Retry-After", "2");                    // the operation's own error body
 * FaultResponse.status(502).body("text/html", "<html>Bad Gateway</html>");  // a proxy's page
 * }</pre>
 *
 * <p>Without a body of its own, an answer carries the error body (and headers) that the operation answering it gives
 * for that status in Bandwidth's spec: a 429 of list messages is {@code rate_limit_exceeded} with
 * {@code Retry-After: 300}, one of create message {@code max-message-queue-size-exceeded} without it. Headers set
 * with {@link #header(String, String)} win.
 */
public final class FaultResponse {

    private final int status;
    private final Map<String, String> headers;
    private final String contentType;
    /** null: the error body of the operation that answers (see {@link #on(ApiOperation)}) */
    private final byte[] body;

    private FaultResponse(int status, Map<String, String> headers, String contentType, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.contentType = contentType;
        this.body = body;
    }

    /**
     * Creates an answer with {@code status} and, unless a body is set, Bandwidth's error body for it on the operation
     * that answers, e.g. {@code 429 {"type":"max-message-queue-size-exceeded",…}} on create message or
     * {@code 500 {"type":"internal-server-error",…}}.
     *
     * @param status an HTTP status, 100–599
     * @return the answer
     */
    public static FaultResponse status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        return new FaultResponse(status, Map.of(), Exchanges.JSON, null);
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
        return status(status).on(ApiOperation.CREATE_MULTI_CHANNEL_MESSAGE);
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

    /** @return the response headers set on this answer (the operation may add its own, see the class comment) */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the {@code Content-Type}, or {@code null} if none is sent */
    public String contentType() {
        return contentType;
    }

    /** @return the body as text; without a body of its own, the one create message answers */
    public String body() {
        return new String(on(ApiOperation.CREATE_MESSAGE).body, StandardCharsets.UTF_8);
    }

    /** This answer as {@code operation} gives it: its error body and headers unless this answer set its own. */
    FaultResponse on(ApiOperation operation) {
        if (body != null) {
            return this;
        }
        OperationErrors.Answer answer = OperationErrors.of(operation, status);
        Map<String, String> merged = new LinkedHashMap<>(answer.headers());
        merged.putAll(headers);
        return new FaultResponse(status, Collections.unmodifiableMap(merged), contentType, answer.body());
    }

    byte[] bodyBytes() {
        return body == null ? on(ApiOperation.CREATE_MESSAGE).body : body;
    }

    @Override
    public String toString() {
        return "FaultResponse[" + status + ", " + headers + ", " + contentType + ", "
               + (body == null ? "the operation's error body" : body()) + "]";
    }
}

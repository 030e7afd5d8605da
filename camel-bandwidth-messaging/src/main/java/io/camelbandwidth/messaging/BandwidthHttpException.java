package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelbandwidth.messaging.model.BandwidthError;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Bandwidth answered with a status other than 2xx. Carries the status, Bandwidth's error {@code type},
 * {@code description} and {@code fieldErrors} (when the answer had them), the response headers and body. Subtypes
 * tell the kinds apart for {@code onException(...)}.
 */
public class BandwidthHttpException extends BandwidthException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusText;
    private final BandwidthError error;
    private final Map<String, String> responseHeaders;
    private final String responseBody;
    private final Duration retryAfter;

    public BandwidthHttpException(int statusCode, String statusText, BandwidthError error,
                                  Map<String, String> responseHeaders, String responseBody) {
        this(statusCode, statusText, error, responseHeaders, responseBody, null);
    }

    public BandwidthHttpException(int statusCode, String statusText, BandwidthError error,
                                  Map<String, String> responseHeaders, String responseBody, Duration retryAfter) {
        super(describe(statusCode, statusText, error));
        this.statusCode = statusCode;
        this.statusText = statusText;
        this.error = error == null ? BandwidthError.NONE : error;
        this.responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
        this.responseBody = responseBody;
        this.retryAfter = retryAfter;
    }

    private static String describe(int statusCode, String statusText, BandwidthError error) {
        StringBuilder message = new StringBuilder("Bandwidth answered HTTP ").append(statusCode);
        if (statusText != null && !statusText.isEmpty()) {
            message.append(' ').append(statusText);
        }
        if (error != null && error.type() != null) {
            message.append(" [").append(error.type()).append(']');
        }
        if (error != null && error.description() != null) {
            message.append(": ").append(error.description());
        }
        if (error != null) {
            for (BandwidthError.FieldError fieldError : error.fieldErrors()) {
                message.append("; ").append(fieldError.fieldName()).append(": ").append(fieldError.description());
            }
        }
        return message.toString();
    }

    @Override
    public int getHttpResponseCode() {
        return statusCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.statusCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return statusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusText = status;
    }

    /** Bandwidth's error type, e.g. {@code request-validation}; {@code null} when the answer had none. */
    public String getType() {
        return error.type();
    }

    /** Bandwidth's explanation; {@code null} when the answer had none. */
    public String getDescription() {
        return error.description();
    }

    /** The fields a {@code 400} named; empty otherwise. */
    public List<BandwidthError.FieldError> getFieldErrors() {
        return error.fieldErrors();
    }

    /** The response headers (names in lower case). */
    public Map<String, String> getResponseHeaders() {
        return responseHeaders;
    }

    /** The response body as text (may be HTML from a proxy, or empty). */
    public String getResponseBody() {
        return responseBody;
    }

    /** How long the server asked to wait before trying again ({@code Retry-After}), if it said. */
    @Override
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package io.camelbandwidth.messaging.client;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import javax.net.ssl.SSLHandshakeException;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelbandwidth.messaging.BandwidthAuthenticationException;
import io.camelbandwidth.messaging.BandwidthConnectionException;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthHttpException;
import io.camelbandwidth.messaging.BandwidthMaybeSentException;
import io.camelbandwidth.messaging.BandwidthRateLimitException;
import io.camelbandwidth.messaging.BandwidthRejectedException;
import io.camelbandwidth.messaging.BandwidthServerException;
import io.camelbandwidth.messaging.model.BandwidthError;
import io.camelbandwidth.messaging.support.BandwidthJson;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.UnsupportedSchemeException;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.util.DeadlineTimeoutException;

/**
 * Turns what went wrong into the component's typed exceptions. Error bodies are parsed defensively: Bandwidth answers
 * in several shapes, proxies answer HTML, and a failure to parse must never hide the status.
 */
public final class ErrorMapper {

    private static final int MAX_BODY_KEPT = 4096;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private ErrorMapper() {
    }

    /** The exception for a non-2xx answer. */
    public static BandwidthHttpException fromResponse(SimpleHttpResponse response) {
        int status = response.getCode();
        String reason = response.getReasonPhrase();
        Map<String, String> headers = headers(response);
        String body = bodyText(response);
        BandwidthError error = parseError(body);
        Duration retryAfter = parseRetryAfter(headers.get("retry-after"));
        if (status == 401 || status == 403) {
            return new BandwidthAuthenticationException(status, reason, error, headers, body);
        }
        if (status == 429) {
            return new BandwidthRateLimitException(status, reason, error, headers, body, retryAfter);
        }
        if (status >= 500) {
            return new BandwidthServerException(status, reason, error, headers, body, retryAfter);
        }
        return new BandwidthRejectedException(status, reason, error, headers, body);
    }

    /**
     * The exception for a request that got no answer. Failures before the request could be written (refused or timed
     * out connection, unknown host, TLS, no free pooled connection) did not send; anything later may have.
     */
    public static BandwidthException fromTransport(Throwable failure, String what) {
        Throwable cause = unwrap(failure);
        if (cause instanceof BandwidthException) {
            return (BandwidthException) cause;
        }
        String detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        if (neverWritten(cause)) {
            return new BandwidthConnectionException(what + " failed before the request was sent (" + detail + ")", cause);
        }
        return new BandwidthMaybeSentException(what + " got no answer after the request was sent (" + detail
                                               + "); Bandwidth may have accepted it", cause);
    }

    private static boolean neverWritten(Throwable cause) {
        return cause instanceof ConnectException // includes HttpHostConnectException
               || cause instanceof ConnectTimeoutException
               || cause instanceof UnknownHostException
               || cause instanceof NoRouteToHostException
               || cause instanceof UnsupportedSchemeException
               || cause instanceof RequestNotExecutedException
               || cause instanceof ConnectionRequestTimeoutException
               || cause instanceof DeadlineTimeoutException
               || cause instanceof SSLHandshakeException // a TLS failure later may follow a written request
               || (cause instanceof InterruptedIOException && isConnectPhase(cause));
    }

    private static boolean isConnectPhase(Throwable cause) {
        String message = cause.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("connect timed out");
    }

    /** The cause inside the wrappers that futures add. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Bandwidth's error, whatever shape it came in; {@link BandwidthError#NONE} when none can be read. */
    public static BandwidthError parseError(String body) {
        if (body == null || body.isBlank()) {
            return BandwidthError.NONE;
        }
        try {
            JsonNode json = BandwidthJson.mapper().readTree(body);
            if (json == null || !json.isObject()) {
                return BandwidthError.NONE;
            }
            if (json.has("errors") && json.get("errors").isArray() && json.get("errors").size() > 0) {
                json = json.get("errors").get(0); // multi-channel envelope
            }
            String type = text(json, "type", "error");
            String description = text(json, "description", "message", "error_description");
            List<BandwidthError.FieldError> fieldErrors = new ArrayList<>();
            JsonNode fields = json.get("fieldErrors");
            if (fields != null && fields.isArray()) {
                for (JsonNode field : fields) {
                    fieldErrors.add(new BandwidthError.FieldError(text(field, "fieldName"), text(field, "description")));
                }
            }
            return new BandwidthError(type, description, fieldErrors);
        } catch (Exception notJson) {
            return BandwidthError.NONE;
        }
    }

    private static String text(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && value.isValueNode()) {
                return value.asText();
            }
        }
        return null;
    }

    /**
     * A {@code Retry-After} in seconds or as an HTTP date; {@code null} when absent or unreadable. A number too large
     * for a {@code long} reads as the longest duration; whoever waits cuts it to its own maximum.
     */
    public static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (DIGITS.matcher(trimmed).matches()) {
            try {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            } catch (NumberFormatException tooLarge) {
                return Duration.ofSeconds(Long.MAX_VALUE); // "wait forever": the producer cuts it to maxRetryAfter
            }
        }
        try {
            Duration wait = Duration.between(ZonedDateTime.now(),
                    ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (RuntimeException notDate) {
            return null;
        }
    }

    private static Map<String, String> headers(SimpleHttpResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        return headers;
    }

    private static String bodyText(SimpleHttpResponse response) {
        String body = response.getBodyText();
        if (body == null) {
            byte[] bytes = response.getBodyBytes();
            body = bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return body.length() > MAX_BODY_KEPT ? body.substring(0, MAX_BODY_KEPT) : body;
    }
}

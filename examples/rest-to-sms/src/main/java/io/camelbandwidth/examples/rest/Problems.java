package io.camelbandwidth.examples.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.camelbandwidth.messaging.BandwidthHttpException;
import io.camelbandwidth.messaging.BandwidthRateLimitException;
import io.camelbandwidth.messaging.BandwidthServerException;
import io.camelbandwidth.messaging.BandwidthValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Error answers: the HTTP status and a small JSON-ready body {@code {"status", "error", "message", ...}} built from
 * the exception that was caught.
 */
final class Problems {

    private Problems() {
    }

    /**
     * @param status   the HTTP status to answer
     * @param error    a stable, machine-readable error name
     * @param withCause whether the exception's own message may be shown to the caller (never for our credentials)
     */
    static Processor problem(int status, String error, String message, boolean withCause) {
        return exchange -> {
            Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", error);
            body.put("message", withCause && caught != null && caught.getMessage() != null ? caught.getMessage() : message);
            if (caught instanceof BandwidthValidationException) {
                body.put("field", ((BandwidthValidationException) caught).getField());
            }
            if (withCause && caught instanceof BandwidthHttpException) {
                BandwidthHttpException http = (BandwidthHttpException) caught;
                body.put("bandwidthStatus", http.getHttpResponseCode());
                body.put("bandwidthType", http.getType());
                body.put("fieldErrors", http.getFieldErrors());
            }
            exchange.getMessage().getHeaders().clear();
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
            retryAfter(caught).ifPresent(seconds -> exchange.getMessage().setHeader("Retry-After", seconds));
            exchange.getMessage().setBody(body);
        };
    }

    private static java.util.Optional<Long> retryAfter(Exception caught) {
        java.util.Optional<java.time.Duration> wait = java.util.Optional.empty();
        if (caught instanceof BandwidthRateLimitException) {
            wait = ((BandwidthRateLimitException) caught).getRetryAfter();
        } else if (caught instanceof BandwidthServerException) {
            wait = ((BandwidthServerException) caught).getRetryAfter();
        }
        return wait.map(d -> Math.max(1, d.toSeconds()));
    }
}

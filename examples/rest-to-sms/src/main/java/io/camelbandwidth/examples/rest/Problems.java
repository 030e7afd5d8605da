package io.camelbandwidth.examples.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.camelbandwidth.messaging.BandwidthHttpException;
import io.camelbandwidth.messaging.BandwidthRateLimitException;
import io.camelbandwidth.messaging.BandwidthServerException;
import io.camelbandwidth.messaging.BandwidthValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.util.ObjectHelper;

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
            answer(exchange, status, body);
            retryAfter(caught).ifPresent(seconds -> exchange.getMessage().setHeader("Retry-After", seconds));
        };
    }

    /**
     * 400 for a body that is not a message request: where it went wrong (line, column, field), in the caller's terms.
     * Jackson's own message is not shown: it names this service's classes and may quote the body.
     */
    static Processor malformedJson() {
        return exchange -> {
            JacksonException caught = ObjectHelper.getException(JacksonException.class,
                    exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("error", "invalid-request");
            String field = caught instanceof JsonMappingException mapping ? path(mapping.getPath()) : null;
            body.put("message", field == null ? "The body is not valid JSON"
                    : "The field " + field + " has a value of the wrong type or format");
            if (field != null) {
                body.put("field", field);
            }
            JsonLocation location = caught == null ? null : caught.getLocation();
            if (location != null && location.getLineNr() > 0) {
                body.put("line", location.getLineNr());
                body.put("column", location.getColumnNr());
            }
            answer(exchange, 400, body);
        };
    }

    /** {@code to}, {@code to[1]}: the field as the caller wrote it. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static void answer(Exchange exchange, int status, Map<String, Object> body) {
        exchange.getMessage().getHeaders().clear();
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setBody(body);
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

package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.Map;

import io.camelbandwidth.messaging.model.BandwidthError;

/**
 * Bandwidth (or a proxy in front of it) answered 5xx. Bandwidth documents that a message answered with an error was
 * not sent, so a later attempt is safe, except after 502 and 504: those come from a gateway that may already have
 * passed the request on, so the message may have been sent.
 */
public class BandwidthServerException extends BandwidthHttpException {

    private static final long serialVersionUID = 1L;

    public BandwidthServerException(int statusCode, String statusText, BandwidthError error,
                                    Map<String, String> responseHeaders, String responseBody, Duration retryAfter) {
        super(statusCode, statusText, error, responseHeaders, responseBody, retryAfter);
    }

    @Override
    public boolean isRetrySafe() {
        return !isMaybeSent();
    }

    @Override
    public boolean isMaybeSent() {
        return getHttpResponseCode() == 502 || getHttpResponseCode() == 504;
    }
}

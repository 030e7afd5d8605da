package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.Map;

import io.camelbandwidth.messaging.model.BandwidthError;

/**
 * Bandwidth answered 429: the account's message queue is full ({@code max-message-queue-size-exceeded}), or the
 * OAuth2 token endpoint rate-limits the client. Nothing was sent; retry later. Bandwidth sends no {@code Retry-After}
 * on message creation, so back off with a growing delay; when a {@code Retry-After} does come, the producer also puts
 * it (at most {@code maxRetryAfter}) in the {@code CamelRedeliveryDelay} header, which Camel's redelivery honours.
 */
public class BandwidthRateLimitException extends BandwidthHttpException {

    private static final long serialVersionUID = 1L;

    public BandwidthRateLimitException(int statusCode, String statusText, BandwidthError error,
                                       Map<String, String> responseHeaders, String responseBody, Duration retryAfter) {
        super(statusCode, statusText, error, responseHeaders, responseBody, retryAfter);
    }

    @Override
    public boolean isRetrySafe() {
        return true;
    }
}

package io.camelbandwidth.messaging.metrics;

import io.camelbandwidth.messaging.BandwidthConnectionException;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthHttpException;
import io.camelbandwidth.messaging.BandwidthRateLimitException;
import io.camelbandwidth.messaging.BandwidthServerException;
import io.camelbandwidth.messaging.BandwidthValidationException;

/**
 * What kind of failure an exchange ended with, as the {@code kind} tag of {@code bandwidth.send.failures} names it.
 */
enum FailureKind {

    /** Refused by the component before any request (a {@code BandwidthValidationException}). */
    VALIDATION("validation"),
    /** Bandwidth refused the request: a 4xx other than 429 (credentials, permissions, content). */
    REJECTED("rejected"),
    /** Bandwidth answered 429. */
    RATE_LIMITED("rate-limited"),
    /** Bandwidth answered 5xx. */
    SERVER("server"),
    /** Nothing was sent: no connection, the token endpoint out of reach, the producer stopping. */
    CONNECTION("connection"),
    /** The request left without an answer: Bandwidth may have accepted the message. */
    MAYBE_SENT("maybe-sent"),
    /** Anything else. */
    OTHER("other");

    private final String tag;

    FailureKind(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    static FailureKind of(Throwable failure) {
        if (failure instanceof BandwidthRateLimitException) {
            return RATE_LIMITED;
        }
        if (failure instanceof BandwidthServerException) {
            return SERVER;
        }
        if (failure instanceof BandwidthHttpException) {
            return REJECTED;
        }
        if (failure instanceof BandwidthValidationException) {
            return VALIDATION;
        }
        if (failure instanceof BandwidthException bandwidth && bandwidth.isMaybeSent()) {
            return MAYBE_SENT;
        }
        return failure instanceof BandwidthConnectionException ? CONNECTION : OTHER;
    }

    /** The HTTP status of Bandwidth's answer; 0 when there was none. */
    static int status(Throwable failure) {
        return failure instanceof BandwidthHttpException http ? http.getHttpResponseCode() : 0;
    }
}

package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.Optional;

/**
 * The message request never reached Bandwidth: the connection was refused or timed out, the host was unknown, TLS
 * failed, no pooled connection became free in time, the producer had stopped, or no OAuth2 token could be obtained
 * (the token endpoint out of reach, timing out or answering 5xx). Nothing was sent; a later attempt is safe, after
 * {@link #getRetryAfter()} when it says.
 */
public class BandwidthConnectionException extends BandwidthException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public BandwidthConnectionException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /**
     * @param retryAfter when to try again (the back-off of a failed OAuth2 token request), or {@code null}
     */
    public BandwidthConnectionException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    @Override
    public boolean isRetrySafe() {
        return true;
    }

    @Override
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

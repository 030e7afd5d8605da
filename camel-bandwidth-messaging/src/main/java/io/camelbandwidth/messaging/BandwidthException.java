package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.Optional;

import org.apache.camel.RuntimeCamelException;

/**
 * The base of every failure of the {@code bandwidth-sms} component, so that a route can handle them all with one
 * {@code onException(BandwidthException.class)}.
 * <p>
 * A message POST is not idempotent. {@link #isRetrySafe()} says whether the message was certainly not accepted and a
 * later attempt may succeed (429, 5xx, failure to connect): only such failures should be redelivered.
 * {@link #isMaybeSent()} marks the ambiguous case where the request left but no answer came back.
 */
public class BandwidthException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    public BandwidthException(String message) {
        super(message);
    }

    public BandwidthException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether Bandwidth certainly did not accept the message and sending it again may succeed.
     */
    public boolean isRetrySafe() {
        return false;
    }

    /**
     * Whether the request left this process without an answer, so Bandwidth may have accepted (and will send) the
     * message. Do not resend blindly: reconcile by tag through the delivery callbacks.
     */
    public boolean isMaybeSent() {
        return false;
    }

    /**
     * How long to wait before trying again, when the failure says: a server's {@code Retry-After}, or the back-off of
     * a failed OAuth2 token request. The producer puts it (at most {@code maxRetryAfter}) into the
     * {@code CamelRedeliveryDelay} header, which Camel's redelivery honours.
     */
    public Optional<Duration> getRetryAfter() {
        return Optional.empty();
    }
}

package io.camelbandwidth.messaging.ratelimit.hazelcast;

/**
 * The shared store of the rate did not answer (in time): with {@link StoreUnavailablePolicy#FAIL_SEND} the send fails
 * with this as cause, as not sent and safe to retry.
 */
public class RateStoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RateStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.camelbandwidth.messaging;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * Predicates for error handling, so that a redelivery policy can tell failures apart without the bean language:
 *
 * <pre>{@code
 * onException(BandwidthException.class)
 *     .onWhen(BandwidthPredicates.retrySafe())
 *     .maximumRedeliveries(5).redeliveryDelay(1000).useExponentialBackOff();
 * }</pre>
 */
public final class BandwidthPredicates {

    private static final Predicate RETRY_SAFE = exchange -> {
        BandwidthException failure = failure(exchange);
        return failure != null && failure.isRetrySafe();
    };
    private static final Predicate MAYBE_SENT = exchange -> {
        BandwidthException failure = failure(exchange);
        return failure != null && failure.isMaybeSent();
    };

    private BandwidthPredicates() {
    }

    /**
     * Matches an exchange that failed with a {@link BandwidthException} that is safe to send again: Bandwidth
     * certainly did not accept the message (429, 5xx, no connection).
     */
    public static Predicate retrySafe() {
        return RETRY_SAFE;
    }

    /**
     * Matches an exchange that failed after its request left without an answer: Bandwidth may have accepted the
     * message, so it must be reconciled (by tag, through callbacks) rather than sent again.
     */
    public static Predicate maybeSent() {
        return MAYBE_SENT;
    }

    /**
     * The failure itself or, wrapped, its nearest cause. Not Camel's {@code ObjectHelper.getException}: it looks at
     * suppressed exceptions first, and Camel's error handler adds the previous attempt's failure to a redelivery's
     * failure as suppressed, so a 400 after a 503 would be judged as the 503.
     */
    private static BandwidthException failure(Exchange exchange) {
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BandwidthException bandwidth) {
                return bandwidth;
            }
        }
        return null;
    }
}

package io.camelbandwidth.messaging.testkit;

import org.apache.camel.Exchange;

/**
 * Assertions on exchanges.
 */
public final class TestExchanges {

    private TestExchanges() {
    }

    /** The exception an exchange ended with, which the test expects to be of this type. */
    public static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        Exception exception = exchange.getException();
        if (!type.isInstance(exception)) {
            throw new AssertionError("expected " + type.getSimpleName() + " but the exchange ended with " + exception,
                    exception);
        }
        return type.cast(exception);
    }
}

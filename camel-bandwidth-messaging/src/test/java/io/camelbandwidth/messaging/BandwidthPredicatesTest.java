package io.camelbandwidth.messaging;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BandwidthPredicatesTest {

    private final CamelContext context = new DefaultCamelContext();

    private Exchange failedWith(Exception failure) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setException(failure);
        return exchange;
    }

    @Test
    void retrySafeMatchesOnlyFailuresThatCertainlyDidNotSend() {
        assertTrue(BandwidthPredicates.retrySafe().matches(failedWith(
                new BandwidthServerException(503, "Service Unavailable", null, null, null, null))));
        assertTrue(BandwidthPredicates.retrySafe().matches(failedWith(
                new RuntimeCamelException(new BandwidthConnectionException("refused", null)))), "found as a cause");
        assertFalse(BandwidthPredicates.retrySafe().matches(failedWith(new BandwidthMaybeSentException("timeout", null))));
        assertFalse(BandwidthPredicates.retrySafe().matches(failedWith(new BandwidthValidationException("to", "bad"))));
        assertFalse(BandwidthPredicates.retrySafe().matches(failedWith(new IllegalStateException("other"))));
        assertFalse(BandwidthPredicates.retrySafe().matches(new DefaultExchange(context)));
    }

    @Test
    void maybeSentMatchesTheAmbiguousFailureAlsoOnceCaught() {
        Exchange handled = new DefaultExchange(context);
        handled.setProperty(Exchange.EXCEPTION_CAUGHT, new BandwidthMaybeSentException("timeout", null));

        assertTrue(BandwidthPredicates.maybeSent().matches(handled));
        assertFalse(BandwidthPredicates.maybeSent().matches(failedWith(
                new BandwidthRateLimitException(429, "Too Many Requests", null, null, null, null))));
    }
}

package io.camelbandwidth.messaging;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
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
    void aRedeliveredFailureIsJudgedByItselfNotByTheEarlierAttemptCamelAddsAsSuppressed() {
        // Camel's error handler adds the previous attempt's exception to the new one as suppressed: a 503 first, then
        // a 400 on the redelivery must not look retry-safe
        BandwidthRejectedException rejected = new BandwidthRejectedException(400, "Bad Request", null, null, null);
        rejected.addSuppressed(new BandwidthServerException(503, "Service Unavailable", null, null, null, null));
        BandwidthMaybeSentException timedOut = new BandwidthMaybeSentException("timeout", null);
        timedOut.addSuppressed(new BandwidthRateLimitException(429, "Too Many Requests", null, null, null, null));

        assertFalse(BandwidthPredicates.retrySafe().matches(failedWith(rejected)));
        assertFalse(BandwidthPredicates.retrySafe().matches(failedWith(timedOut)));
        assertTrue(BandwidthPredicates.maybeSent().matches(failedWith(timedOut)));
    }

    @Test
    void theSimpleLanguageFormForYamlAndXmlRoutesReadsTheSameFlags() {
        Predicate retrySafe = context.resolveLanguage("simple").createPredicate("${exception.retrySafe}");
        Predicate maybeSent = context.resolveLanguage("simple").createPredicate("${exception.maybeSent}");

        assertTrue(retrySafe.matches(failedWith(new BandwidthConnectionException("refused", null))));
        assertFalse(retrySafe.matches(failedWith(new BandwidthMaybeSentException("timeout", null))));
        assertTrue(maybeSent.matches(failedWith(new BandwidthMaybeSentException("timeout", null))));
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

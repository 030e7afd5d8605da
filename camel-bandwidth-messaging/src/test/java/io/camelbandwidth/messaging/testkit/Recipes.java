package io.camelbandwidth.messaging.testkit;

import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthPredicates;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.OnExceptionDefinition;

/**
 * The documented error-handling recipe, once for every test that relies on it (README, docs/error-handling.md).
 */
public final class Recipes {

    private Recipes() {
    }

    /**
     * Redelivers what Bandwidth certainly did not accept (429, 5xx, no connection), honouring Retry-After through the
     * {@code CamelRedeliveryDelay} header the producer sets, waiting without holding a thread; with test-sized delays
     * (10 ms doubling up to 250 ms). Other failures fall through to the route's next {@code onException}.
     */
    public static OnExceptionDefinition redeliverRetrySafe(RouteBuilder routes, int maximumRedeliveries) {
        return routes.onException(BandwidthException.class)
                .onWhen(BandwidthPredicates.retrySafe())
                .maximumRedeliveries(maximumRedeliveries).redeliveryDelay(10).backOffMultiplier(2)
                .useExponentialBackOff().maximumRedeliveryDelay(250)
                .asyncDelayedRedelivery()
                .handled(false);
    }
}

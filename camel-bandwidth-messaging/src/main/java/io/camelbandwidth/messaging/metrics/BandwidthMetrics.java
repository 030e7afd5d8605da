package io.camelbandwidth.messaging.metrics;

import org.apache.camel.CamelContext;

/**
 * Where a component's producers, consumers and token sources record their meters. {@link #NONE} records nothing: the
 * component uses it when Micrometer is not on the class path or no {@code MeterRegistry} is bound in the Camel
 * registry.
 */
public interface BandwidthMetrics {

    /** Records nothing. */
    BandwidthMetrics NONE = new BandwidthMetrics() {
        @Override
        public ProducerMetrics producer(String accountId) {
            return ProducerMetrics.NONE;
        }

        @Override
        public CallbackMetrics callbacks(String accountId) {
            return CallbackMetrics.NONE;
        }

        @Override
        public TokenFetchMetrics tokenFetches() {
            return TokenFetchMetrics.NONE;
        }
    };

    /** The meters of one producer (resolve once, when it starts). */
    ProducerMetrics producer(String accountId);

    /** The meters of one consumer (resolve once, when it starts). */
    CallbackMetrics callbacks(String accountId);

    /** The meters of the component's OAuth2 token requests. */
    TokenFetchMetrics tokenFetches();

    /**
     * The metrics of a component in this context: Micrometer's when it is on the class path and the Camel registry
     * holds a {@code MeterRegistry} (see {@link MicrometerMetrics#lookup}), else {@link #NONE}. No Micrometer class
     * is loaded when Micrometer is absent.
     */
    static BandwidthMetrics of(CamelContext context) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false,
                    BandwidthMetrics.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return NONE;
        }
        return MicrometerMetrics.lookup(context);
    }
}

package io.camelbandwidth.messaging.metrics;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meters in a Micrometer {@link MeterRegistry}. Tags name the account and the operation, never a phone number, a
 * message or a credential. Loaded only when Micrometer is on the class path ({@link BandwidthMetrics#of}).
 */
final class MicrometerMetrics implements BandwidthMetrics {

    /** The name camel-micrometer binds its registry under; preferred when the Camel registry holds several. */
    static final String REGISTRY_NAME = "metricsRegistry";

    static final String MESSAGES_SENT = "bandwidth.messages.sent";
    static final String SEGMENTS_SENT = "bandwidth.segments.sent";
    static final String SEND_FAILURES = "bandwidth.send.failures";
    static final String SEND_LATENCY = "bandwidth.send.latency";
    static final String RATE_LIMIT_WAIT = "bandwidth.ratelimit.wait";
    static final String TOKEN_FETCHES = "bandwidth.oauth.token.fetches";
    static final String CALLBACKS_RECEIVED = "bandwidth.callbacks.received";
    static final String CALLBACKS_DUPLICATES = "bandwidth.callbacks.duplicates";
    static final String CALLBACKS_FAILED = "bandwidth.callbacks.failed";

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerMetrics.class);

    private final MeterRegistry registry;

    MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * The registry as camel-micrometer finds it: the one named {@value #REGISTRY_NAME}, else the only
     * {@link CompositeMeterRegistry} (Spring Boot's when it has several), else the only {@link MeterRegistry}; without
     * one, {@link BandwidthMetrics#NONE}.
     */
    static BandwidthMetrics lookup(CamelContext context) {
        Registry beans = context.getRegistry();
        MeterRegistry registry = beans.lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        if (registry == null) {
            registry = single(beans.findByType(CompositeMeterRegistry.class));
        }
        if (registry == null) {
            registry = single(beans.findByType(MeterRegistry.class));
        }
        if (registry == null) {
            LOG.debug("No single MeterRegistry in the Camel registry (bind one as {}): no bandwidth.* meters",
                    REGISTRY_NAME);
            return NONE;
        }
        LOG.debug("Recording the bandwidth.* meters in {}", registry.getClass().getSimpleName());
        return new MicrometerMetrics(registry);
    }

    private static MeterRegistry single(Set<? extends MeterRegistry> registries) {
        return registries != null && registries.size() == 1 ? registries.iterator().next() : null;
    }

    @Override
    public ProducerMetrics producer(String accountId) {
        return new MicrometerProducerMetrics(registry, accountId);
    }

    @Override
    public CallbackMetrics callbacks(String accountId) {
        try {
            return new MicrometerCallbackMetrics(registry, accountId);
        } catch (RuntimeException e) {
            notRecorded(e);
            return CallbackMetrics.NONE;
        }
    }

    @Override
    public TokenFetchMetrics tokenFetches() {
        return this::tokenFetched;
    }

    private void tokenFetched(boolean succeeded, long nanos) {
        try {
            // a token lasts an hour: looking the timer up at each request costs nothing worth saving
            Timer.builder(TOKEN_FETCHES)
                    .description("OAuth2 token requests to Bandwidth's token endpoint")
                    .tag("outcome", succeeded ? "success" : "failure")
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            notRecorded(e);
        }
    }

    /**
     * A meter the registry refused (a meter of the same name with other tags, a filter that throws) must never fail
     * a send or a callback: it is logged, and the work goes on.
     */
    static void notRecorded(RuntimeException e) {
        LOG.warn("Could not record a bandwidth.* meter: {}", e.toString());
    }
}

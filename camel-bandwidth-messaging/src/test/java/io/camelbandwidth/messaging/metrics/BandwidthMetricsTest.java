package io.camelbandwidth.messaging.metrics;

import io.camelbandwidth.messaging.BandwidthOperation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which {@code MeterRegistry} the component records in, found in the Camel registry as camel-micrometer finds its
 * own; without one, nothing is recorded.
 */
class BandwidthMetricsTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    @Test
    void withoutARegistryNothingIsRecorded() {
        assertSame(BandwidthMetrics.NONE, BandwidthMetrics.of(context));
    }

    @Test
    void theOnlyRegistryIsUsedWhateverItsName() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        context.getRegistry().bind("anyName", registry);

        recordASend();

        assertEquals(1, sent(registry));
    }

    @Test
    void theRegistryNamedMetricsRegistryWinsAmongSeveral() {
        SimpleMeterRegistry other = new SimpleMeterRegistry();
        SimpleMeterRegistry named = new SimpleMeterRegistry();
        context.getRegistry().bind("other", other);
        context.getRegistry().bind("metricsRegistry", named);

        recordASend();

        assertEquals(1, sent(named));
        assertTrue(other.getMeters().isEmpty());
    }

    @Test
    void theCompositeWinsOverTheRegistriesItHolds() {
        // what Spring Boot binds when it exports to several systems
        SimpleMeterRegistry first = new SimpleMeterRegistry();
        SimpleMeterRegistry second = new SimpleMeterRegistry();
        CompositeMeterRegistry composite = new CompositeMeterRegistry().add(first).add(second);
        context.getRegistry().bind("first", first);
        context.getRegistry().bind("second", second);
        context.getRegistry().bind("composite", composite);

        recordASend();

        assertEquals(1, sent(first));
        assertEquals(1, sent(second));
    }

    @Test
    void severalRegistriesWithoutAChoiceRecordNothing() {
        context.getRegistry().bind("first", new SimpleMeterRegistry());
        context.getRegistry().bind("second", new SimpleMeterRegistry());

        assertSame(BandwidthMetrics.NONE, BandwidthMetrics.of(context));
    }

    private void recordASend() {
        ProducerMetrics producer = BandwidthMetrics.of(context).producer("9900000");
        producer.succeeded(BandwidthOperation.sendMessage, null, producer.start());
    }

    private static double sent(MeterRegistry registry) {
        return registry.get("bandwidth.messages.sent").tag("account", "9900000").counter().count();
    }
}
